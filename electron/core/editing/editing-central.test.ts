import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
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
const LOCKED = 'This kiosk follows the central source.';
const FROM = { version: 7, keyId: '1a2b3c4d5e6f7a8b' };

async function openAll(
  options: { locked?: string | null; settingsProblem?: (c: Content) => string | null } = {},
) {
  const log = createRecordingLogger();
  const now = () => FIXED_NOW.getTime();
  const alerts = createStoreAlerts({ fs: fixture.fs, now, log });
  const store = await fixture.open({ log, alerts });
  const audit = createAuditLog({ dataDir: fixture.dataDir, log, now, fs: fixture.fs });
  let locked = options.locked ?? null;
  const editing = await openEditing({
    dataDir: fixture.dataDir,
    store,
    audit,
    alerts,
    log,
    now,
    fs: fixture.fs,
    editingLocked: () => locked,
    ...(options.settingsProblem ? { settingsProblem: options.settingsProblem } : {}),
  });
  return { store, editing, audit, lock: (reason: string | null) => (locked = reason) };
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

describe('applyCentral', () => {
  it('publishes central content as a central revision, audited first, without initials', async () => {
    const { store, editing, audit } = await openAll();

    const revision = await editing.applyCentral(withPhone('(916) 555-0199'), FROM);

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
    const { store, editing, audit } = await openAll();

    expect(await editing.applyCentral(checked(makeContent('Default')), FROM)).toBeNull();

    expect(store.get().revision).toBe(1);
    expect((await audit.read()).entries).toEqual([]);
  });

  it("applies content outside IT's settings bounds, as a restore does", async () => {
    const { editing } = await openAll({ settingsProblem: () => 'Idle timeout out of bounds.' });

    const revision = await editing.applyCentral(withPhone('(916) 555-0199'), FROM);

    expect(revision?.number).toBe(2);
  });

  it('applies while staff editing is locked', async () => {
    const { editing } = await openAll({ locked: LOCKED });

    expect((await editing.applyCentral(withPhone('(916) 555-0199'), FROM))?.kind).toBe('central');
  });

  it('applies nothing it cannot record in the audit log', async () => {
    const { store, editing } = await openAll();
    const auditPath = fixture.inData('audit.jsonl');
    fixture.fs.failWhen(
      (call) => call.op === 'open' && call.path === auditPath,
      errnoError('EACCES', 'open', auditPath),
    );

    const error = await refusal(editing.applyCentral(withPhone('(916) 555-0199'), FROM));

    expect(error.message).toMatch(/^Nothing was applied: the kiosk writes every change/);
    expect(store.get().revision).toBe(1);
  });
});

describe('while editing is locked', () => {
  it('refuses saving, publishing, restoring and importing with the lock words', async () => {
    const { store, editing, lock } = await openAll();
    await editing.saveDraft(withPhone('(916) 555-0199'));
    await editing.publish('JD');
    await editing.saveDraft(withPhone('(916) 555-0123'));
    lock(LOCKED);

    const refusals = await Promise.all([
      refusal(editing.saveDraft(withPhone('(916) 555-0111'))),
      refusal(editing.publish('JD')),
      refusal(editing.restore(1, 'JD')),
      refusal(editing.importAsDraft(JSON.stringify(withPhone('(916) 555-0122')), 'JD')),
    ]);

    expect(refusals.map(({ code, message }) => ({ code, message }))).toEqual(
      Array.from({ length: 4 }, () => ({ code: 'forbidden', message: LOCKED })),
    );
    expect(store.get()).toEqual({ revision: 2, content: withPhone('(916) 555-0199') });
    expect((await editing.getDraft())?.content).toEqual(withPhone('(916) 555-0123'));
  });

  it('still reads the draft and history, and lets a draft be discarded', async () => {
    const { editing, lock } = await openAll();
    await editing.saveDraft(withPhone('(916) 555-0199'));
    lock(LOCKED);

    expect((await editing.listRevisions({ limit: 10 })).revisions).toHaveLength(1);
    await editing.discardDraft();
    expect(await editing.getDraft()).toBeNull();
  });
});
