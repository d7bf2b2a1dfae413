import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CENTRAL_LOCKED_MESSAGE } from '../../contract/central-schema.ts';
import type { LocalEditing } from '../../contract/content-ownership.ts';
import type { Content } from '../../contract/content-schema.ts';
import { createAuditLog } from '../admin/audit-log.ts';
import { checkContent, type CheckedContent } from '../content/checked-content.ts';
import { createStoreAlerts } from '../store/store-alerts.ts';
import { makeContent } from '../test-support/make-content.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { refusal } from '../test-support/refusal.ts';
import { errnoError } from '../test-support/scripted-fs.ts';
import { FIXED_NOW, useStoreFixture } from '../test-support/store-fixture.ts';
import { openEditing } from './open-editing.ts';

const fixture = useStoreFixture();
const FROM = { version: 7, keyId: '1a2b3c4d5e6f7a8b' };

async function openAll(
  options: {
    mode?: LocalEditing | null;
    settingsProblem?: (c: Content) => string | null;
  } = {},
) {
  const log = createRecordingLogger();
  const now = () => FIXED_NOW.getTime();
  const alerts = createStoreAlerts({ fs: fixture.fs, now, log });
  const store = await fixture.open({ log, alerts });
  const audit = createAuditLog({ dataDir: fixture.dataDir, log, now, fs: fixture.fs });
  let mode = options.mode ?? null;
  const editing = await openEditing({
    dataDir: fixture.dataDir,
    store,
    audit,
    alerts,
    log,
    now,
    fs: fixture.fs,
    localEditing: () => mode,
    ...(options.settingsProblem ? { settingsProblem: options.settingsProblem } : {}),
  });
  return { store, editing, audit, setMode: (next: LocalEditing | null) => (mode = next) };
}

const checked = (content: Content): CheckedContent => {
  const result = checkContent(content);
  if (!result.success) throw new Error('test content must be valid');
  return result.data;
};

const withPhone = (phone: string): CheckedContent => {
  const content = makeContent('Default');
  content.programs[0]!.units[0]!.phone = phone;
  return checked(content);
};

/** `content` with one announcement saying `words`. */
const announcing = (content: Content, words: string): CheckedContent =>
  checked({
    ...content,
    announcements: [{ id: 'note', text: { en: words, es: '' }, startsAt: '', endsAt: '' }],
  });

const phoneOf = (content: Content) => content.programs[0]!.units[0]!.phone;
const wordsOf = (content: Content) => content.announcements.map((a) => a.text.en);

describe('applyCentral', () => {
  it('publishes central content as a central revision, audited first, without initials', async () => {
    const { store, editing, audit } = await openAll({ mode: 'none' });

    const { revision, keptLocal } = await editing.applyCentral(withPhone('(916) 555-0199'), FROM);

    expect(keptLocal).toBe(false);
    expect(revision).toMatchObject({ number: 2, initials: '', kind: 'central', central: FROM });
    expect(store.get()).toEqual({ revision: 2, content: withPhone('(916) 555-0199') });
    expect(await readdir(fixture.inData('revisions'))).toEqual(['00000001.json', '00000002.json']);
    const [entry] = (await audit.read()).entries;
    expect(entry).toEqual({
      id: 1,
      time: FIXED_NOW.toISOString(),
      action: 'central-applied',
      detail: 'Central content version 7 (key 1a2b3c4d5e6f7a8b) applied as revision 2',
    });
    const { revisions } = await editing.listRevisions({ limit: 10 });
    expect(revisions[0]).toMatchObject({ kind: 'central', central: FROM });
  });

  it('makes no revision for content visitors see already', async () => {
    const { store, editing, audit } = await openAll({ mode: 'none' });

    expect(await editing.applyCentral(checked(makeContent('Default')), FROM)).toEqual({
      revision: null,
      keptLocal: false,
    });

    expect(store.get().revision).toBe(1);
    expect((await audit.read()).entries).toEqual([]);
  });

  it("applies content outside IT's settings bounds, as a restore does", async () => {
    const { editing } = await openAll({
      mode: 'none',
      settingsProblem: () => 'Idle timeout out of bounds.',
    });

    const { revision } = await editing.applyCentral(withPhone('(916) 555-0199'), FROM);

    expect(revision?.number).toBe(2);
  });

  it('applies nothing it cannot record in the audit log', async () => {
    const { store, editing } = await openAll({ mode: 'none' });
    const auditPath = fixture.inData('audit.jsonl');
    fixture.fs.failWhen(
      (call) => call.op === 'open' && call.path === auditPath,
      errnoError('EACCES', 'open', auditPath),
    );

    const error = await refusal(editing.applyCentral(withPhone('(916) 555-0199'), FROM));

    expect(error.message).toMatch(/^Nothing was applied: the kiosk writes every change/);
    expect(store.get().revision).toBe(1);
  });

  it('in mode "none" replaces everything, announcements too', async () => {
    const { store, editing, setMode } = await openAll({ mode: 'all' });
    await editing.saveDraft(announcing(makeContent('Default'), 'Closed at noon.'));
    await editing.publish('JD');
    setMode('none');

    await editing.applyCentral(announcing(withPhone('(916) 555-0199'), 'Central words.'), FROM);

    expect(wordsOf(store.get().content)).toEqual(['Central words.']);
    expect(phoneOf(store.get().content)).toBe('(916) 555-0199');
  });
});

describe('mode "announcements-and-hours"', () => {
  it('keeps local announcements and hours through every central update', async () => {
    const { store, editing } = await openAll({ mode: 'announcements-and-hours' });
    const withHours = makeContent('Default');
    withHours.hours.weekly = [{ day: 1, opens: '08:00', closes: '17:00' }];
    const local = announcing(withHours, 'The lobby closes at noon.');
    await editing.saveDraft(local);
    await editing.publish('JD');

    for (const [version, phone] of [
      [7, '(916) 555-0199'],
      [8, '(916) 555-0142'],
    ] as const) {
      const central = announcing(withPhone(phone), 'Central announcement.');
      const { revision } = await editing.applyCentral(central, { ...FROM, version });
      expect(revision?.kind).toBe('central');
      expect(phoneOf(store.get().content)).toBe(phone);
      expect(wordsOf(store.get().content)).toEqual(['The lobby closes at noon.']);
      expect(store.get().content.hours.weekly).toEqual(local.hours.weekly);
    }
  });

  it('saves and publishes only announcements and hours, never the central parts', async () => {
    const { store, editing } = await openAll({ mode: 'announcements-and-hours' });
    const longer = makeContent('Default');
    longer.kiosk.idleTimeoutSeconds = 300;
    longer.programs[0]!.units[0]!.phone = '(916) 555-0111';
    const attempt = announcing(longer, 'Closed Friday.');

    const draft = await editing.saveDraft(attempt);
    await editing.publish('JD');

    expect(phoneOf(draft.content)).toBe('(916) 555-0100');
    expect(draft.changes).toHaveLength(1);
    expect(phoneOf(store.get().content)).toBe('(916) 555-0100');
    expect(store.get().content.kiosk.idleTimeoutSeconds).toBe(60);
    expect(wordsOf(store.get().content)).toEqual(['Closed Friday.']);
  });

  it('publishes a draft saved before a central update without undoing it', async () => {
    const { store, editing } = await openAll({ mode: 'announcements-and-hours' });
    await editing.saveDraft(announcing(makeContent('Default'), 'Closed Friday.'));
    await editing.applyCentral(withPhone('(916) 555-0199'), FROM);

    expect(phoneOf((await editing.getDraft())!.content)).toBe('(916) 555-0199');
    await editing.publish('JD');

    expect(phoneOf(store.get().content)).toBe('(916) 555-0199');
    expect(wordsOf(store.get().content)).toEqual(['Closed Friday.']);
  });

  it('restores only the announcements and hours of an old revision', async () => {
    const { store, editing } = await openAll({ mode: 'announcements-and-hours' });
    await editing.saveDraft(announcing(makeContent('Default'), 'Closed Friday.'));
    const old = await editing.publish('JD');
    await editing.saveDraft(announcing(makeContent('Default'), 'Open Saturday.'));
    await editing.publish('JD');
    await editing.applyCentral(withPhone('(916) 555-0199'), FROM);

    await editing.restore(old.number, 'JD');

    expect(wordsOf(store.get().content)).toEqual(['Closed Friday.']);
    expect(phoneOf(store.get().content)).toBe('(916) 555-0199');
    const same = await refusal(editing.restore(old.number, 'JD'));
    expect(same.message).toBe(
      `Revision ${old.number}'s announcements and office hours are what visitors see now; the rest is managed centrally.`,
    );
  });

  it('imports only announcements and hours from a file', async () => {
    const { editing } = await openAll({ mode: 'announcements-and-hours' });
    const file = JSON.stringify(announcing(withPhone('(916) 555-0111'), 'From the file.'));

    const checkedImport = editing.checkImport(file);
    const draft = await editing.importAsDraft(file, 'JD');

    expect(checkedImport.ok && checkedImport.changes).toHaveLength(1);
    expect(phoneOf(draft.content)).toBe('(916) 555-0100');
    expect(wordsOf(draft.content)).toEqual(['From the file.']);
  });

  it('after a change from "none", keeps what central gave until staff change it', async () => {
    const { store, editing, setMode } = await openAll({ mode: 'none' });
    await editing.applyCentral(announcing(withPhone('(916) 555-0199'), 'Central words.'), FROM);
    setMode('announcements-and-hours');

    const again = await editing.applyCentral(
      announcing(withPhone('(916) 555-0199'), 'Central words.'),
      FROM,
    );

    expect(again.revision).toBeNull();
    expect(wordsOf(store.get().content)).toEqual(['Central words.']);
  });
});

describe('mode "all"', () => {
  it('fills a kiosk without local edits, then keeps staff edits from every later version', async () => {
    const { store, editing } = await openAll({ mode: 'all' });

    const first = await editing.applyCentral(withPhone('(916) 555-0199'), FROM);
    const second = await editing.applyCentral(withPhone('(916) 555-0142'), { ...FROM, version: 8 });
    await editing.saveDraft(withPhone('(916) 555-0111'));
    await editing.publish('JD');
    const third = await editing.applyCentral(withPhone('(916) 555-0177'), { ...FROM, version: 9 });

    expect([first.keptLocal, second.keptLocal, third]).toEqual([
      false,
      false,
      { revision: null, keptLocal: true },
    ]);
    expect(phoneOf(store.get().content)).toBe('(916) 555-0111');
  });

  it('after a change from "announcements-and-hours", keeps the announcements staff posted', async () => {
    const { store, editing, setMode } = await openAll({ mode: 'announcements-and-hours' });
    await editing.saveDraft(announcing(makeContent('Default'), 'Lobby closes at noon.'));
    await editing.publish('JD');
    const central = announcing(withPhone('(916) 555-0199'), 'Central notice.');
    const applied = await editing.applyCentral(central, FROM);
    expect(applied.revision?.central).toEqual({ ...FROM, withLocal: true });
    setMode('all');

    const again = await editing.applyCentral(central, FROM);

    expect(again).toEqual({ revision: null, keptLocal: true });
    expect(wordsOf(store.get().content)).toEqual(['Lobby closes at noon.']);
  });

  it('fills from central after "announcements-and-hours" when nothing local was kept', async () => {
    const { store, editing, setMode } = await openAll({ mode: 'announcements-and-hours' });
    const applied = await editing.applyCentral(withPhone('(916) 555-0199'), FROM);
    expect(applied.revision?.central).toEqual(FROM);
    setMode('all');

    const next = await editing.applyCentral(
      announcing(withPhone('(916) 555-0142'), 'Central notice.'),
      { ...FROM, version: 8 },
    );

    expect(next.keptLocal).toBe(false);
    expect(wordsOf(store.get().content)).toEqual(['Central notice.']);
  });

  it('keeps staff edits when the revision visitors see cannot be read', async () => {
    const { store, editing } = await openAll({ mode: 'all' });
    const first = join(fixture.inData('revisions'), '00000001.json');
    fixture.fs.failWhen(
      (call) => call.path === first && call.op === 'readText',
      errnoError('EIO', 'read', first),
    );

    const result = await editing.applyCentral(withPhone('(916) 555-0199'), FROM);

    expect(result).toEqual({ revision: null, keptLocal: true });
    expect(store.get().revision).toBe(1);
  });

  it('lets staff change every part', async () => {
    const { store, editing } = await openAll({ mode: 'all' });

    await editing.saveDraft(announcing(withPhone('(916) 555-0111'), 'Closed Friday.'));
    await editing.publish('JD');

    expect(phoneOf(store.get().content)).toBe('(916) 555-0111');
  });
});

describe('mode "none"', () => {
  it('refuses saving, publishing, restoring and importing with the lock words', async () => {
    const { store, editing, setMode } = await openAll();
    await editing.saveDraft(withPhone('(916) 555-0199'));
    await editing.publish('JD');
    await editing.saveDraft(withPhone('(916) 555-0123'));
    setMode('none');

    const refusals = await Promise.all([
      refusal(editing.saveDraft(withPhone('(916) 555-0111'))),
      refusal(editing.publish('JD')),
      refusal(editing.restore(1, 'JD')),
      refusal(editing.importAsDraft(JSON.stringify(withPhone('(916) 555-0122')), 'JD')),
    ]);

    expect(refusals.map(({ code, message }) => ({ code, message }))).toEqual(
      Array.from({ length: 4 }, () => ({ code: 'forbidden', message: CENTRAL_LOCKED_MESSAGE })),
    );
    expect(store.get()).toEqual({ revision: 2, content: withPhone('(916) 555-0199') });
  });

  it('still reads the draft and history, and lets a draft be discarded', async () => {
    const { editing, setMode } = await openAll();
    await editing.saveDraft(withPhone('(916) 555-0199'));
    setMode('none');

    expect((await editing.listRevisions({ limit: 10 })).revisions).toHaveLength(1);
    await editing.discardDraft();
    expect(await editing.getDraft()).toBeNull();
  });
});
