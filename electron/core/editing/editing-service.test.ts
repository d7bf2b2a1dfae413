import { readdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Content } from '../../contract/content-schema.ts';
import { createAuditLog } from '../admin/audit-log.ts';
import { serializeJson } from '../store/durable-json-file.ts';
import { createStoreAlerts } from '../store/store-alerts.ts';
import { makeContent } from '../test-support/make-content.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { errnoError } from '../test-support/scripted-fs.ts';
import { FIXED_NOW, useStoreFixture } from '../test-support/store-fixture.ts';
import { openEditing } from './open-editing.ts';
import { KEPT_REVISIONS } from './revision-store.ts';
import { refusal } from '../test-support/refusal.ts';

const fixture = useStoreFixture();

async function openAll() {
  const log = createRecordingLogger();
  const alerts = createStoreAlerts({ fs: fixture.fs, now: () => FIXED_NOW.getTime(), log });
  const store = await fixture.open({ log, alerts });
  const now = () => FIXED_NOW.getTime();
  const audit = createAuditLog({
    dataDir: fixture.dataDir,
    log,
    now,
    fs: fixture.fs,
    platform: 'linux',
  });
  const editing = await openEditing({
    dataDir: fixture.dataDir,
    store,
    audit,
    alerts,
    log,
    now,
    fs: fixture.fs,
  });
  return { store, editing, audit, log };
}

const withPhone = (phone: string): Content => {
  const content = makeContent('Default');
  content.programs[0]!.units[0]!.phone = phone;
  return content;
};

const phoneRecord = {
  kind: 'changed',
  area: 'programs',
  where: 'Program 1, Library Services › Library › Phone number',
  from: '(916) 555-0100',
  to: '(916) 555-0199',
  text: false,
};

describe('drafts', () => {
  it('keep staff edits across a restart until published or discarded', async () => {
    const first = await openAll();
    await first.editing.saveDraft(withPhone('(916) 555-0199'));
    await first.store.close();

    const { editing } = await openAll();
    const draft = await editing.getDraft();
    expect(draft?.content).toEqual(withPhone('(916) 555-0199'));
    expect(draft?.baseRevision).toBe(1);
    expect(draft?.changes).toEqual([
      'Changed Program 1, Library Services › Library › Phone number from (916) 555-0100 to (916) 555-0199',
    ]);
    expect(draft?.records).toEqual([phoneRecord]);

    await editing.discardDraft();
    expect(await editing.getDraft()).toBeNull();
  });
});

describe('publish', () => {
  it('makes the draft the published content as the next numbered revision', async () => {
    const { store, editing, audit } = await openAll();
    await editing.saveDraft(withPhone('(916) 555-0199'));

    const revision = await editing.publish('JD');

    expect(revision).toMatchObject({ number: 2, initials: 'JD', kind: 'publish' });
    expect(store.get()).toEqual({ revision: 2, content: withPhone('(916) 555-0199') });
    expect(await editing.getDraft()).toBeNull();
    const { entries } = await audit.read();
    expect(entries[0]).toMatchObject({ action: 'publish', initials: 'JD' });
    expect(entries[0]!.detail).toContain('Revision 2');
  });

  it('writes the revision, content.json and the last good copy as serializeJson lays them out', async () => {
    const { editing } = await openAll();
    await editing.saveDraft(withPhone('(916) 555-0199'));

    const revision = await editing.publish('JD');

    expect(revision.records).toEqual([phoneRecord]);
    const content = withPhone('(916) 555-0199');
    const text = (name: string) => readFile(fixture.inData(name), 'utf8');
    expect(await text('revisions/00000002.json')).toBe(serializeJson({ info: revision, content }));
    expect(await text('content.json')).toBe(serializeJson(content));
    expect(await text('content.last-good.json')).toBe(serializeJson(content));
  });

  it('refuses with nothing to publish, and with a draft that changes nothing', async () => {
    const { editing } = await openAll();
    expect((await refusal(editing.publish('JD'))).message).toBe(
      'There is no draft to publish. Make a change first.',
    );
    await editing.saveDraft(makeContent('Default'));
    expect((await refusal(editing.publish('JD'))).message).toContain('nothing to publish');
  });

  it('keeps the revision number across a restart, and the history with it', async () => {
    const first = await openAll();
    await first.editing.saveDraft(withPhone('(916) 555-0199'));
    await first.editing.publish('JD');
    await first.store.close();

    const { store, editing } = await openAll();
    expect(store.get().revision).toBe(2);
    const { revisions } = await editing.listRevisions({ limit: 10 });
    expect(revisions.map((r) => [r.number, r.kind, r.initials])).toEqual([
      [2, 'publish', 'JD'],
      [1, 'first', ''],
    ]);
  });

  it('on a full disk leaves the published content and the draft as they were', async () => {
    const { store, editing } = await openAll();
    await editing.saveDraft(withPhone('(916) 555-0199'));
    fixture.fs.failWhen(
      (call) => call.op === 'write' && call.path.includes('.content.json'),
      errnoError('ENOSPC', 'write', fixture.inData('content.json')),
    );

    const error = await refusal(editing.publish('JD'));

    expect(error.message).toContain('Visitors still see the content as it was.');
    expect(store.get()).toEqual({ revision: 1, content: makeContent('Default') });
    expect((await editing.getDraft())?.content).toEqual(withPhone('(916) 555-0199'));
    expect(await readdir(fixture.inData('revisions'))).toEqual(['00000001.json']);
  });

  it(`keeps the newest ${KEPT_REVISIONS} revisions`, async () => {
    const { editing } = await openAll();
    for (let i = 0; i <= KEPT_REVISIONS; i += 1) {
      await editing.saveDraft(withPhone(`(916) 555-${String(1000 + i)}`));
      await editing.publish('JD');
    }
    const files = await readdir(fixture.inData('revisions'));
    expect(files).toHaveLength(KEPT_REVISIONS);
    expect(files[0]).toBe('00000003.json');
  }, 60_000);
});

describe('history', () => {
  it('restores an earlier revision as a new one, and pages newest first', async () => {
    const { store, editing, audit } = await openAll();
    for (const phone of ['(916) 555-0101', '(916) 555-0102']) {
      await editing.saveDraft(withPhone(phone));
      await editing.publish('JD');
    }

    const restored = await editing.restore(1, 'AB');

    expect(restored).toMatchObject({ number: 4, kind: 'restore', restoredFrom: 1, initials: 'AB' });
    expect(store.get()).toEqual({ revision: 4, content: makeContent('Default') });
    expect((await audit.read()).entries[0]).toMatchObject({ action: 'restore', initials: 'AB' });
    const page = await editing.listRevisions({ limit: 2 });
    expect(page.revisions.map((r) => r.number)).toEqual([4, 3]);
    expect(page.nextBefore).toBe(3);
    const older = await editing.listRevisions({ before: 3, limit: 2 });
    expect(older.revisions.map((r) => r.number)).toEqual([2, 1]);
    expect(older.nextBefore).toBeNull();
  });

  it('refuses a revision that is not kept, or that is what visitors see', async () => {
    const { editing } = await openAll();
    expect((await refusal(editing.restore(99, 'AB'))).code).toBe('not_found');
    expect((await refusal(editing.restore(1, 'AB'))).message).toContain('what visitors see now');
  });
});

describe('the settings entry in the audit log', () => {
  const settingsEntries = async (audit: Awaited<ReturnType<typeof openAll>>['audit']) =>
    (await audit.read()).entries.filter((e) => e.action === 'settings-changed');

  // The history once cut its sentences at 12 lines, and a regular expression over them decided.
  it.each([11, 12])(
    'is written when the idle timeout changes along with %i other changes',
    async (others) => {
      const { editing, audit } = await openAll();
      const content = makeContent('Default');
      for (let i = 0; i < others; i += 1) {
        content.announcements.push({
          id: `note-${i}`,
          text: { en: `Note ${i}`, es: '' },
          startsAt: '',
          endsAt: '',
        });
      }
      content.kiosk.idleTimeoutSeconds = 90;
      await editing.saveDraft(content);
      const revision = await editing.publish('JD');

      expect(revision.records).toHaveLength(others + 1);
      expect(await settingsEntries(audit)).toMatchObject([
        {
          initials: 'JD',
          detail: 'Changed Settings › Idle timeout from 60 seconds to 90 seconds',
        },
      ]);
    },
  );

  it('is not written for an announcement that mentions the idle timeout', async () => {
    const { editing, audit } = await openAll();
    const content = makeContent('Default');
    content.announcements.push({
      id: 'about-timeout',
      text: { en: 'Changed the idle timeout from 60 to 90 seconds', es: '' },
      startsAt: '',
      endsAt: '',
    });
    await editing.saveDraft(content);
    await editing.publish('JD');

    expect(await settingsEntries(audit)).toEqual([]);
  });
});

describe('history written before change records', () => {
  it('still lists a revision that holds only sentences', async () => {
    const first = await openAll();
    await first.store.close();
    const old = {
      info: {
        number: 2,
        time: FIXED_NOW.toISOString(),
        initials: 'JD',
        kind: 'publish',
        changes: ['Changed the phone number of “Library” from (916) 555-0100 to (916) 555-0199'],
      },
      content: withPhone('(916) 555-0199'),
    };
    await writeFile(fixture.inData('revisions/00000002.json'), JSON.stringify(old));

    const { editing } = await openAll();
    const { revisions } = await editing.listRevisions({ limit: 10 });

    expect(revisions[0]).toEqual(old.info);
    expect(revisions[0]?.records).toBeUndefined();
  });
});

describe('import and export', () => {
  it('shows what an import would change, then makes it the draft', async () => {
    const { editing, audit, store } = await openAll();
    const text = JSON.stringify(withPhone('(916) 555-0199'));

    expect(editing.checkImport(text)).toEqual({
      ok: true,
      changes: [
        'Changed Program 1, Library Services › Library › Phone number from (916) 555-0100 to (916) 555-0199',
      ],
      records: [phoneRecord],
    });
    const draft = await editing.importAsDraft(text, 'JD');

    expect(draft.content).toEqual(withPhone('(916) 555-0199'));
    expect(store.get().content).toEqual(makeContent('Default'));
    expect((await audit.read()).entries[0]).toMatchObject({ action: 'import', initials: 'JD' });
  });

  it('refuses a bad file with its reasons and changes nothing', async () => {
    const { editing } = await openAll();
    await editing.saveDraft(withPhone('(916) 555-0199'));
    const bad = JSON.stringify(withPhone('555-0199'));

    const check = editing.checkImport(bad);
    const error = await refusal(editing.importAsDraft(bad, 'JD'));

    expect(check.ok).toBe(false);
    expect(error.issues).toEqual([
      'Program 1, Library Services: the phone number 555-0199 is too short. A number looks like (916) 227-4253.',
    ]);
    expect((await editing.getDraft())?.content).toEqual(withPhone('(916) 555-0199'));
  });

  it('exports the published content as a file import accepts', async () => {
    const { editing } = await openAll();
    const { fileName, text } = editing.exportContent();
    expect(fileName).toBe('asb-kiosk-content-revision-1-2026-11-23.json');
    expect(editing.checkImport(text)).toEqual({ ok: true, changes: [], records: [] });
  });
});

describe('start-up', () => {
  it('finishes a publish cut off between its revision and content.json', async () => {
    const first = await openAll();
    await first.store.close();
    const revision = {
      info: {
        number: 2,
        time: FIXED_NOW.toISOString(),
        initials: 'JD',
        kind: 'publish',
        changes: [],
      },
      content: withPhone('(916) 555-0199'),
    };
    await writeFile(fixture.inData('revisions/00000002.json'), JSON.stringify(revision));

    const { store } = await openAll();

    expect(store.get()).toEqual({ revision: 2, content: withPhone('(916) 555-0199') });
  });

  it('keeps a content.json changed by hand, as a new revision', async () => {
    const first = await openAll();
    await first.store.close();
    await writeFile(fixture.inData('content.json'), JSON.stringify(withPhone('(916) 555-0177')));

    const { store, editing } = await openAll();

    expect(store.get()).toEqual({ revision: 2, content: withPhone('(916) 555-0177') });
    const [found] = (await editing.listRevisions({ limit: 1 })).revisions;
    expect(found).toMatchObject({ number: 2, kind: 'found' });
  });

  it('republishes the newest revision over a damaged content.json', async () => {
    const first = await openAll();
    await first.editing.saveDraft(withPhone('(916) 555-0199'));
    await first.editing.publish('JD');
    await first.store.close();
    await writeFile(fixture.inData('content.json'), '{ torn');

    const { store } = await openAll();

    expect(store.get()).toEqual({ revision: 2, content: withPhone('(916) 555-0199') });
    expect(JSON.parse(await readFile(fixture.inData('content.json'), 'utf8'))).toEqual(
      withPhone('(916) 555-0199'),
    );
  });
});

describe('the audit log comes first', () => {
  const auditPath = () => fixture.inData('audit.jsonl');
  const refuseAudit = () =>
    fixture.fs.failWhen(
      (call) => call.op === 'open' && call.path === auditPath(),
      errnoError('EACCES', 'open', auditPath()),
    );
  const unrecorded = (what: string) =>
    `Nothing was ${what}: the kiosk writes every change in its audit log before making it, and the audit log cannot be written (permission denied (EACCES)). Please tell IT.`;

  it('refuses a publish it cannot record, in plain words, and changes nothing', async () => {
    const { store, editing } = await openAll();
    await editing.saveDraft(withPhone('(916) 555-0199'));
    refuseAudit();

    const error = await refusal(editing.publish('JD'));

    expect({ code: error.code, message: error.message }).toEqual({
      code: 'unavailable',
      message: unrecorded('published'),
    });
    expect(store.get()).toEqual({ revision: 1, content: makeContent('Default') });
    expect(await readdir(fixture.inData('revisions'))).toEqual(['00000001.json']);
    expect((await editing.getDraft())?.content).toEqual(withPhone('(916) 555-0199'));
  });

  it('refuses a restore it cannot record, and changes nothing', async () => {
    const { store, editing } = await openAll();
    await editing.saveDraft(withPhone('(916) 555-0199'));
    await editing.publish('JD');
    refuseAudit();

    const error = await refusal(editing.restore(1, 'AB'));

    expect(error.message).toBe(unrecorded('restored'));
    expect(store.get()).toEqual({ revision: 2, content: withPhone('(916) 555-0199') });
    expect(await readdir(fixture.inData('revisions'))).toEqual(['00000001.json', '00000002.json']);
  });

  it('refuses an import it cannot record, and leaves the draft as it was', async () => {
    const { editing } = await openAll();
    await editing.saveDraft(withPhone('(916) 555-0199'));
    refuseAudit();

    const error = await refusal(
      editing.importAsDraft(JSON.stringify(withPhone('(916) 555-0123')), 'JD'),
    );

    expect(error.message).toBe(unrecorded('imported'));
    expect((await editing.getDraft())?.content).toEqual(withPhone('(916) 555-0199'));
  });

  it('writes the audit line before the revision, so nothing is published unrecorded', async () => {
    const { editing } = await openAll();
    await editing.saveDraft(withPhone('(916) 555-0199'));
    fixture.fs.calls.length = 0;

    await editing.publish('JD');

    const audited = fixture.fs.calls.findIndex((c) => c.op === 'sync' && c.path === auditPath());
    const revised = fixture.fs.calls.findIndex(
      (c) => c.op === 'rename' && c.to === fixture.inData('revisions/00000002.json'),
    );
    expect(audited).toBeGreaterThanOrEqual(0);
    expect(audited).toBeLessThan(revised);
  });

  it('says in the audit log when a recorded publish then fails', async () => {
    const { editing, audit } = await openAll();
    await editing.saveDraft(withPhone('(916) 555-0199'));
    fixture.fs.failWhen(
      (call) => call.op === 'write' && call.path.includes('.content.json'),
      errnoError('ENOSPC', 'write', fixture.inData('content.json')),
    );

    await refusal(editing.publish('JD'));

    const [failed, intended] = (await audit.read()).entries;
    expect(intended).toMatchObject({ action: 'publish', initials: 'JD' });
    expect(intended!.detail).toMatch(/^Revision 2: /);
    expect(failed).toMatchObject({ action: 'publish', initials: 'JD' });
    expect(failed!.detail).toMatch(/^Revision 2 was not published: Could not save /);
  });
});

describe('a second kiosk on the same folder', () => {
  it('cannot publish over revisions it has not seen', async () => {
    const current = await openAll();
    const stale = await openAll();
    await current.editing.saveDraft(withPhone('(916) 555-0101'));
    await current.editing.publish('JD');
    await stale.editing.saveDraft(withPhone('(916) 555-0202'));

    const error = await refusal(stale.editing.publish('AB'));

    expect({ code: error.code, message: error.message }).toEqual({
      code: 'unavailable',
      message:
        'Nothing was published: revision 2 was published by another kiosk app on this data folder after this one started, and publishing now would undo it. Quit this kiosk app and use the one that is running.',
    });
    expect(current.store.get().revision).toBe(2);
    expect(await readdir(fixture.inData('revisions'))).toEqual(['00000001.json', '00000002.json']);
  });
});
