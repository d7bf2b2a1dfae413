import { readdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { durableWriteProblems } from '../test-support/durable-write-check.ts';
import { makeContent } from '../test-support/make-content.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { errnoError, refuseChanges } from '../test-support/scripted-fs.ts';
import { FIXED_NOW, useStoreFixture } from '../test-support/store-fixture.ts';
import { serializeJson } from './durable-json-file.ts';
import { CURRENT_SCHEMA_VERSION } from '../../contract/content-schema.ts';

const f = useStoreFixture();

describe('openContentStore, first run', () => {
  it('creates the missing data folder and durably copies the bundled default into it', async () => {
    const store = await f.open();
    expect(store.get()).toEqual({ revision: 0, content: makeContent('Default') });
    expect(store.alerts()).toEqual([]);
    expect(await f.readJson('content.json')).toEqual(makeContent('Default'));
    expect(await f.readJson('content.last-good.json')).toEqual(makeContent('Default'));
    expect(durableWriteProblems(f.fs.calls, f.inData('content.json'), 'linux')).toEqual([]);
  });

  it('shows the bundled default from memory when the data folder cannot be created, and logs why', async () => {
    f.fs.failWhen((call) => call.op === 'mkdir', errnoError('EACCES', 'mkdir', f.dataDir));
    const log = createRecordingLogger();
    const store = await f.open({ log });
    expect(store.get().content).toEqual(makeContent('Default'));
    expect(log.lines.filter((l) => l.level === 'error').map((l) => l.message)).toContain(
      `Could not create the data folder ${f.dataDir}: permission denied (EACCES). The kiosk shows its bundled default and saves nothing until it can write there; another folder can be chosen with --data-dir.`,
    );
    await expect(store.replace(makeContent('New'))).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('still shows the default from memory when the disk is full, and logs why', async () => {
    f.fs.failWhen((call) => call.op === 'write', errnoError('ENOSPC', 'write', f.dataDir));
    const log = createRecordingLogger();
    const store = await f.open({ log });
    expect(store.get().content).toEqual(makeContent('Default'));
    expect(log.lines.filter((l) => l.level === 'error').map((l) => l.message)).toEqual([
      expect.stringMatching(/^Could not save .*content\.json: the disk is full \(ENOSPC\)\./),
    ]);
  });
});

describe('openContentStore, usable content.json', () => {
  it('serves it and refreshes the last good copy when that differs', async () => {
    await f.seed(makeContent('Old'));
    await writeFile(f.inData('content.json'), serializeJson(makeContent('Live')));
    const store = await f.open();
    expect(store.get()).toEqual({ revision: 0, content: makeContent('Live') });
    expect(await f.readJson('content.last-good.json')).toEqual(makeContent('Live'));
    expect(store.alerts()).toEqual([]);
  });
});

describe('openContentStore, damaged content.json', () => {
  const cases = [
    ['empty', '', 'unparsable'],
    ['truncated', serializeJson(makeContent('Live')).slice(0, 300), 'unparsable'],
    ['garbage', '\u0000\u0001 not json', 'unparsable'],
    ['schema-invalid', JSON.stringify({ ...makeContent('Live'), programs: [] }), 'invalid'],
    [
      'from a newer app',
      JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, whatever: {} }),
      'newer-version',
    ],
  ] as const;

  it.each(cases)('keeps an %s file aside and serves the last good copy', async (_, text, label) => {
    await f.seed(makeContent('Good'));
    await writeFile(f.inData('content.json'), text);
    const store = await f.open();
    const movedTo = f.inData(`content.json.${label}-2026-11-23T19-40-05Z`);
    expect(await readFile(movedTo, 'utf8')).toBe(text);
    expect(store.get().content).toEqual(makeContent('Good'));
    expect(await f.readJson('content.json')).toEqual(makeContent('Good'));
    expect(store.alerts()).toEqual([
      expect.objectContaining({
        file: f.inData('content.json'),
        movedTo,
        at: FIXED_NOW.toISOString(),
      }),
    ]);
  });

  it.each(cases)(
    'serves the bundled default for an %s file when there is no good copy',
    async (_, text, label) => {
      await f.fs.mkdir(f.dataDir);
      await writeFile(f.inData('content.json'), text);
      const store = await f.open();
      expect(store.get().content).toEqual(makeContent('Default'));
      expect((await readdir(f.dataDir)).sort()).toEqual([
        'content.json',
        `content.json.${label}-2026-11-23T19-40-05Z`,
        'content.last-good.json',
      ]);
    },
  );

  it('says in plain words why a file was kept aside', async () => {
    await f.fs.mkdir(f.dataDir);
    await writeFile(f.inData('content.json'), JSON.stringify({ schemaVersion: 7 }));
    const [alert] = (await f.open()).alerts();
    expect(alert).toMatchObject({
      kind: 'too-new',
      reason: 'content.json was written by a newer version of the app, which this one cannot read.',
      issues: [
        `Its schemaVersion is 7; this app reads up to ${String(CURRENT_SCHEMA_VERSION)}. Update the kiosk app to use it.`,
      ],
    });
  });
});

describe('openContentStore, a store file it can neither read nor move aside', () => {
  it('is never written over: a save moves it aside first, or is refused', async () => {
    await f.seed(makeContent('Good'));
    await writeFile(f.inData('content.json'), 'garbage');
    refuseChanges(f.fs, 'EROFS', f.dataDir);
    const store = await f.open();
    expect(store.get().content).toEqual(makeContent('Good'));
    expect(store.alerts()).toEqual([
      expect.objectContaining({ file: f.inData('content.json'), movedTo: null }),
    ]);

    f.fs.clearFailures();
    // A rename still fails (a file another program holds open, say) while writes work.
    f.fs.failWhen((call) => call.op === 'rename', errnoError('EBUSY', 'rename', f.dataDir));
    const error = await store.replace(makeContent('New')).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining(
        'content.json is not valid JSON. It could not be moved aside (another program is using the file (EBUSY)), and the kiosk never writes over a file it cannot read.',
      ) as string,
    });
    expect(await readFile(f.inData('content.json'), 'utf8')).toBe('garbage');

    f.fs.clearFailures();
    await store.replace(makeContent('New'));
    expect(await f.readJson('content.json')).toEqual(makeContent('New'));
    const movedTo = f.inData('content.json.unparsable-2026-11-23T19-40-05Z');
    expect(await readFile(movedTo, 'utf8')).toBe('garbage');
    expect(store.alerts()).toEqual([
      expect.objectContaining({ movedTo, reason: 'content.json is not valid JSON.' }),
    ]);
  });

  it('keeps the last good copy unwritten too until it is moved aside', async () => {
    await f.seed(makeContent('Good'));
    await writeFile(f.inData('content.last-good.json'), '{');
    f.fs.failWhen((call) => call.op === 'rename', errnoError('EACCES', 'rename', f.dataDir));
    const store = await f.open();
    expect(store.get().content).toEqual(makeContent('Good'));
    await store.replace(makeContent('New')).catch(() => undefined);
    expect(await readFile(f.inData('content.last-good.json'), 'utf8')).toBe('{');
  });
});
