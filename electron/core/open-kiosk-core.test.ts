import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { operations, type OperationName } from '../contract/api.ts';
import type { Content } from '../contract/content-schema.ts';
import { setPin } from './admin/set-pin.ts';
import type { KioskCore } from './kiosk-core-types.ts';
import { openKioskCore } from './open-kiosk-core.ts';
import type { DurableFs } from './store/durable-fs.ts';
import { serializeJson } from './store/durable-json-file.ts';
import { makeContent } from './test-support/make-content.ts';
import { createRecordingLogger } from './test-support/recording-logger.ts';
import { createScriptedFs, errnoError, refuseChanges } from './test-support/scripted-fs.ts';

const shippedDefault = fileURLToPath(new URL('../../data/default-content.json', import.meta.url));

let dir: string;
let dataDir: string;
let defaultContentPath: string;
let core: KioskCore | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'open-kiosk-core-'));
  dataDir = join(dir, 'data');
  defaultContentPath = join(dir, 'default.json');
  await writeFile(defaultContentPath, JSON.stringify(makeContent('Default')));
  core = undefined;
});
afterEach(async () => {
  await core?.close();
  await rm(dir, { recursive: true, force: true });
});

async function open(path = defaultContentPath, fs?: DurableFs): Promise<KioskCore> {
  core = await openKioskCore({
    dataDir,
    defaultContentPath: path,
    log: createRecordingLogger(),
    ...(fs === undefined ? {} : { fs }),
  });
  return core;
}

const PIN = '30405060';
const inData = (...names: string[]) => join(dataDir, ...names);

/** Publishes `content` as staff would: the data folder then holds it as its newest revision. */
async function publish(kiosk: KioskCore, content: Content): Promise<void> {
  await setPin({
    dataDir,
    pin: PIN,
    log: createRecordingLogger(),
    scrypt: { N: 1024, r: 8, p: 1 },
  });
  const { token } = await kiosk.invoke('adminSignIn', { pin: PIN });
  await kiosk.invoke('saveDraft', { token, content });
  await kiosk.invoke('publishDraft', { token, initials: 'JD' });
}

describe('openKioskCore', () => {
  it('answers getPublishedContent with the content of a fresh data folder', async () => {
    const output = await (await open()).invoke('getPublishedContent', undefined);
    expect(output).toEqual({ revision: 1, content: makeContent('Default') });
    expect(JSON.parse(await readFile(join(dataDir, 'content.json'), 'utf8'))).toEqual(
      makeContent('Default'),
    );
  });

  it('serves the shipped default content, in the shape the contract promises', async () => {
    const output = await (await open(shippedDefault)).invoke('getPublishedContent', undefined);
    expect(operations.getPublishedContent.output.parse(output)).toEqual(output);
    expect(output.content.programs).toHaveLength(6);
  });

  it('rejects bad input with the problems listed, and changes nothing on disk', async () => {
    const kiosk = await open();
    const before = await readdir(dataDir);
    const content = await readFile(join(dataDir, 'content.json'), 'utf8');
    await expect(kiosk.invoke('getPublishedContent', { revision: 9 })).rejects.toMatchObject({
      code: 'bad_request',
      issues: [expect.any(String)],
    });
    expect(await readdir(dataDir)).toEqual(before);
    expect(await readFile(join(dataDir, 'content.json'), 'utf8')).toBe(content);
  });

  it('rejects an operation the contract does not name', async () => {
    const kiosk = await open();
    await expect(kiosk.invoke('dropTables' as OperationName, undefined)).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('opens on a damaged store, keeping the bad file aside', async () => {
    await open();
    await core?.close();
    await writeFile(join(dataDir, 'content.json'), '{"schemaVersion": 1, "programs": [ oops');
    const kiosk = await open();
    expect(await kiosk.invoke('getPublishedContent', undefined)).toMatchObject({ revision: 1 });
    expect((await readdir(dataDir)).filter((name) => name.includes('.unparsable-'))).toHaveLength(
      1,
    );
  });

  it('says which file to fix when the bundled default it needs is broken', async () => {
    await writeFile(defaultContentPath, '{');
    await expect(open()).rejects.toThrow(
      `The bundled default content at ${defaultContentPath} is not valid JSON`,
    );
  });
});

describe('openKioskCore on store files it cannot read', () => {
  it('opens when the newest revision is a folder, keeping it aside and never writing over it', async () => {
    await open();
    await core?.close();
    await mkdir(inData('revisions', '00000002.json'));
    await writeFile(inData('content.json'), serializeJson(makeContent('Live')));
    const kiosk = await open();
    expect(await kiosk.invoke('getPublishedContent', undefined)).toEqual({
      revision: 3,
      content: makeContent('Live'),
    });
    expect((await readdir(inData('revisions'))).sort()).toEqual([
      '00000001.json',
      expect.stringMatching(/^00000002\.json\.unreadable-/),
      '00000003.json',
    ]);
  });

  it('opens when the newest revision may not be read, keeping it aside and never writing over it', async () => {
    const kiosk = await open();
    await publish(kiosk, makeContent('Live'));
    await kiosk.close();
    const newest = await readFile(inData('revisions', '00000002.json'), 'utf8');
    await writeFile(inData('content.json'), serializeJson(makeContent('Changed by hand')));
    const fs = createScriptedFs();
    fs.failWhen(
      (call) => call.op === 'readText' && call.path === inData('revisions', '00000002.json'),
      errnoError('EACCES', 'open', inData('revisions', '00000002.json')),
    );
    const again = await open(defaultContentPath, fs);
    expect(await again.invoke('getPublishedContent', undefined)).toMatchObject({ revision: 3 });
    const [aside] = (await readdir(inData('revisions'))).filter((name) =>
      name.startsWith('00000002.json.unreadable-'),
    );
    expect(await readFile(inData('revisions', aside!), 'utf8')).toBe(newest);
  });
});

describe('openKioskCore on a data folder it cannot write', () => {
  it('opens read-only, and adminStatus says why for staff and the heartbeat', async () => {
    await open();
    await core?.close();
    const fs = createScriptedFs();
    refuseChanges(fs, 'EROFS', dataDir);
    const kiosk = await open(defaultContentPath, fs);
    expect(await kiosk.invoke('getPublishedContent', undefined)).toMatchObject({
      revision: 1,
      content: makeContent('Default'),
    });
    expect((await kiosk.invoke('adminStatus', undefined)).problems).toEqual([
      'The kiosk cannot save anything in its data folder (the disk is read-only (EROFS)): visitors see the content, but changes, wrong PINs and usage counts are not saved. Please tell IT.',
      'The kiosk cannot lock its data folder (the disk is read-only (EROFS)), so it cannot stop a second kiosk app from using the same folder.',
    ]);
  });

  it('opens on a damaged content.json it cannot move aside, serving the last good copy', async () => {
    await open();
    await core?.close();
    await writeFile(inData('content.json'), '{ oops');
    const fs = createScriptedFs();
    refuseChanges(fs, 'EROFS', dataDir);
    const kiosk = await open(defaultContentPath, fs);
    expect(await kiosk.invoke('getPublishedContent', undefined)).toMatchObject({
      revision: 1,
      content: makeContent('Default'),
    });
    expect(await readFile(inData('content.json'), 'utf8')).toBe('{ oops');
    expect((await kiosk.invoke('adminStatus', undefined)).problems).toContain(
      'content.json is not valid JSON. It could not be moved aside (the disk is read-only (EROFS)), so it is left as it is.',
    );
  });

  it('serves the newest revision it can read when content.json and the last good copy cannot be read', async () => {
    const kiosk = await open();
    await publish(kiosk, makeContent('Live'));
    await kiosk.close();
    const fs = createScriptedFs();
    refuseChanges(fs, 'EROFS', dataDir);
    fs.failWhen(
      (call) => call.op === 'readText' && /content(\.last-good)?\.json$/.test(call.path),
      errnoError('EACCES', 'open', dataDir),
    );
    const again = await open(defaultContentPath, fs);
    expect(await again.invoke('getPublishedContent', undefined)).toEqual({
      revision: 2,
      content: makeContent('Live'),
    });
  });

  it('opens on the bundled default when the data folder cannot even be created', async () => {
    const fs = createScriptedFs();
    refuseChanges(fs, 'EACCES', dir);
    const kiosk = await open(defaultContentPath, fs);
    expect(await kiosk.invoke('getPublishedContent', undefined)).toMatchObject({
      content: makeContent('Default'),
    });
    expect((await kiosk.invoke('adminStatus', undefined)).problems).toEqual([
      'The kiosk cannot save anything in its data folder (permission denied (EACCES)): visitors see the content, but changes, wrong PINs and usage counts are not saved. Please tell IT.',
      'The kiosk cannot lock its data folder (permission denied (EACCES)), so it cannot stop a second kiosk app from using the same folder.',
    ]);
  });
});

describe('one kiosk app per data folder', () => {
  const lockFile = (generation = 1) => inData(`kiosk.${generation}.lock`);
  /** A process that has come and gone, as a kiosk killed by a power cut has. */
  const goneProcess = (): number => spawnSync(process.execPath, ['-e', '']).pid!;

  it('refuses a second core on the folder, naming the one that runs', async () => {
    const first = await open();
    await expect(open()).rejects.toThrow(
      new RegExp(
        `^Another kiosk app is already using the data folder ${dataDir.replaceAll(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: process ${process.pid} \\(`,
      ),
    );
    await expect(open()).rejects.toThrow(
      'Two kiosk apps on one folder would undo each other’s changes: quit that one first, or give this one its own folder with --data-dir.',
    );
    // The refused one changed nothing: the first still publishes and closes as it would.
    expect(await first.invoke('getPublishedContent', undefined)).toMatchObject({ revision: 1 });
    await first.close();
    await expect(open()).resolves.toBeDefined();
  });

  it('takes over at once a lock whose process is gone, however new the lock file', async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(
      lockFile(),
      JSON.stringify({ pid: goneProcess(), process: 'gone', program: 'node', host: hostname() }),
    );
    const began = Date.now();
    const kiosk = await open();
    expect(Date.now() - began).toBeLessThan(2_000);
    expect(JSON.parse(await readFile(lockFile(2), 'utf8'))).toMatchObject({ pid: process.pid });
    await kiosk.close();
    expect(JSON.parse(await readFile(lockFile(2), 'utf8'))).toMatchObject({
      pid: process.pid,
      releasedAt: expect.any(String),
    });
  });

  it('takes over a lock naming a running process that is not the one that wrote it', async () => {
    await mkdir(dataDir, { recursive: true });
    // This process's id, with another start: the id was reused after the kiosk died.
    await writeFile(
      lockFile(),
      JSON.stringify({ pid: process.pid, process: 'linux:another-boot:1', host: hostname() }),
    );
    await expect(open()).resolves.toBeDefined();
  });

  it('takes over a damaged lock file', async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(lockFile(), '{ "pid": 12');
    await expect(open()).resolves.toBeDefined();
  });

  it('runs without the lock on a read-only folder, and says so', async () => {
    await open();
    await core?.close();
    const fs = createScriptedFs();
    refuseChanges(fs, 'EROFS', dataDir);
    const kiosk = await open(defaultContentPath, fs);
    expect((await kiosk.invoke('adminStatus', undefined)).problems).toContain(
      'The kiosk cannot lock its data folder (the disk is read-only (EROFS)), so it cannot stop a second kiosk app from using the same folder.',
    );
  });

  it('still refuses on a read-only folder while the kiosk that locked it runs', async () => {
    const first = await open();
    const fs = createScriptedFs();
    refuseChanges(fs, 'EROFS', dataDir);
    await expect(open(defaultContentPath, fs)).rejects.toThrow(
      'Another kiosk app is already using',
    );
    await first.close();
  });

  it('removes temp files a kill left behind, once the folder is its own', async () => {
    await open();
    await core?.close();
    const leftovers = [
      inData('.content.json.1a2b3c4d.tmp'),
      inData('revisions', '.00000002.json.0badcafe.tmp'),
    ];
    for (const file of leftovers) await writeFile(file, '{"torn":');
    await open();
    expect((await readdir(dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await readdir(inData('revisions'))).filter((name) => name.endsWith('.tmp'))).toEqual(
      [],
    );
  });

  it('leaves the running kiosk’s temp files alone when it refuses to start', async () => {
    const first = await open();
    const saving = inData('.content.json.1a2b3c4d.tmp');
    await writeFile(saving, '{"being":"written"}');
    await expect(open()).rejects.toThrow('Another kiosk app is already using');
    expect(await readFile(saving, 'utf8')).toBe('{"being":"written"}');
    await first.close();
  });
});

describe('nothing damaged vanishes', () => {
  let pinSet = false;
  async function signedIn(kiosk: KioskCore): Promise<string> {
    if (!pinSet) {
      await setPin({
        dataDir,
        pin: PIN,
        log: createRecordingLogger(),
        scrypt: { N: 1024, r: 8, p: 1 },
      });
      pinSet = true;
    }
    return (await kiosk.invoke('adminSignIn', { pin: PIN })).token;
  }
  beforeEach(() => {
    pinSet = false;
  });
  const alertsOf = async (kiosk: KioskCore) =>
    (await kiosk.invoke('readStoreAlerts', { token: await signedIn(kiosk) })).alerts;
  const keptAside = async (folder: string, prefix: string) =>
    (await readdir(folder)).filter((name) => name.startsWith(`${prefix}.`));

  it('keeps a damaged draft aside and tells staff, rather than dropping it at the next save', async () => {
    await open();
    await core?.close();
    await writeFile(inData('draft.json'), '{ "content": { torn');
    const kiosk = await open();
    const token = await signedIn(kiosk);

    expect(await kiosk.invoke('getDraft', { token })).toEqual({ draft: null });
    const [aside] = await keptAside(dataDir, 'draft.json');
    expect(aside).toMatch(/^draft\.json\.unparsable-\d{4}-/);
    expect(await readFile(inData(aside!), 'utf8')).toBe('{ "content": { torn');
    expect(await alertsOf(kiosk)).toContainEqual(
      expect.objectContaining({ file: inData('draft.json'), movedTo: inData(aside!) }),
    );
    expect((await kiosk.invoke('adminStatus', undefined)).problems).toContain(
      `draft.json is not valid JSON. It was kept as ${aside!}.`,
    );
    await kiosk.invoke('saveDraft', { token, content: makeContent('Edited') });
    expect(await readFile(inData(aside!), 'utf8')).toBe('{ "content": { torn');
  });

  it('leaves a damaged draft it cannot move where it is, shown once and never written over', async () => {
    await open();
    await core?.close();
    await writeFile(inData('draft.json'), '{ torn');
    const fs = createScriptedFs();
    fs.failWhen((call) => call.op === 'rename', errnoError('EROFS', 'rename', dataDir));
    const kiosk = await open(defaultContentPath, fs);
    const token = await signedIn(kiosk);
    await kiosk.invoke('getDraft', { token });
    await kiosk.invoke('getDraft', { token });
    expect((await alertsOf(kiosk)).filter((alert) => alert.file === inData('draft.json'))).toEqual([
      expect.objectContaining({ movedTo: inData('draft.json') }),
    ]);
    await expect(
      kiosk.invoke('saveDraft', { token, content: makeContent('Edited') }),
    ).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining(
        'draft.json is not valid JSON. It could not be moved aside (the disk is read-only (EROFS)), and the kiosk never writes over a file it cannot read.',
      ) as string,
    });
    expect(await readFile(inData('draft.json'), 'utf8')).toBe('{ torn');
  });

  it('saves the draft when a folder stood in its place, keeping the folder aside', async () => {
    await open();
    await core?.close();
    await mkdir(inData('draft.json'));
    const kiosk = await open();
    const token = await signedIn(kiosk);
    await expect(
      kiosk.invoke('saveDraft', { token, content: makeContent('Edited') }),
    ).resolves.toMatchObject({ draft: { content: makeContent('Edited') } });
    expect(await keptAside(dataDir, 'draft.json')).toEqual([
      expect.stringMatching(/^draft\.json\.unreadable-/),
    ]);
  });

  it('says why in plain words when the draft cannot be saved', async () => {
    const fs = createScriptedFs();
    fs.failWhen(
      (call) => call.op === 'open' && call.path.includes('.draft.json.'),
      errnoError('ENOSPC', 'open', inData('draft.json')),
    );
    const kiosk = await open(defaultContentPath, fs);
    const token = await signedIn(kiosk);
    await expect(
      kiosk.invoke('saveDraft', { token, content: makeContent('Edited') }),
    ).rejects.toMatchObject({
      code: 'unavailable',
      message: `Could not save ${inData('draft.json')}: the disk is full (ENOSPC). The file was left as it was. The draft was not saved.`,
    });
  });

  it('keeps a damaged newest revision aside, tells staff, and never uses its number again', async () => {
    const kiosk = await open();
    await publish(kiosk, makeContent('Second'));
    await kiosk.close();
    await writeFile(inData('revisions', '00000002.json'), '{ torn');
    const again = await open();

    const [aside] = await keptAside(inData('revisions'), '00000002.json');
    expect(aside).toMatch(/^00000002\.json\.unparsable-/);
    expect(await alertsOf(again)).toContainEqual(
      expect.objectContaining({ file: inData('revisions', '00000002.json') }),
    );
    // content.json still holds what revision 2 did: it is kept as revision 3, never as a new 2.
    expect(await again.invoke('getPublishedContent', undefined)).toEqual({
      revision: 3,
      content: makeContent('Second'),
    });
    pinSet = true;
    await publish(again, makeContent('Third'));
    expect(await again.invoke('getPublishedContent', undefined)).toMatchObject({ revision: 4 });
    expect((await readdir(inData('revisions'))).sort()).toEqual([
      '00000001.json',
      aside,
      '00000003.json',
      '00000004.json',
    ]);
  });

  it('keeps a damaged older revision aside when history reaches it, and tells staff', async () => {
    const kiosk = await open();
    await publish(kiosk, makeContent('Second'));
    await kiosk.close();
    await writeFile(inData('revisions', '00000001.json'), '{"info": 1}');
    const again = await open();
    const token = await signedIn(again);

    const { revisions } = await again.invoke('listRevisions', { token });

    expect(revisions.map((revision) => revision.number)).toEqual([2]);
    const [aside] = await keptAside(inData('revisions'), '00000001.json');
    expect(aside).toMatch(/^00000001\.json\.invalid-/);
    expect(await alertsOf(again)).toContainEqual(
      expect.objectContaining({ file: inData('revisions', '00000001.json') }),
    );
  });

  it('keeps a damaged usage.json aside and tells staff that counting starts again', async () => {
    await open();
    await core?.close();
    await writeFile(inData('usage.json'), '{"enabled": true, "days": 12');
    const kiosk = await open();
    const [aside] = await keptAside(dataDir, 'usage.json');
    expect(aside).toMatch(/^usage\.json\.unparsable-/);
    expect(await alertsOf(kiosk)).toContainEqual(
      expect.objectContaining({ file: inData('usage.json'), movedTo: inData(aside!) }),
    );
  });
});

describe('content that makes sense', () => {
  const signIn = async (kiosk: KioskCore) => {
    await setPin({
      dataDir,
      pin: PIN,
      log: createRecordingLogger(),
      scrypt: { N: 1024, r: 8, p: 1 },
    });
    return (await kiosk.invoke('adminSignIn', { pin: PIN })).token;
  };
  const twoOfOneId = (): Content => {
    const content = makeContent('Default');
    content.programs.push({ ...structuredClone(content.programs[0]!), units: [] });
    return content;
  };
  const DUPLICATE =
    'programs.1.id: Another program already uses the id “library-services”: each program needs its own.';

  it('refuses a draft with two programs of one id, naming it', async () => {
    const kiosk = await open();
    const token = await signIn(kiosk);
    await expect(kiosk.invoke('saveDraft', { token, content: twoOfOneId() })).rejects.toMatchObject(
      { code: 'bad_request', issues: [`content.${DUPLICATE}`] },
    );
  });

  it('refuses to publish a draft saved before the rules, saying what to fix', async () => {
    await open();
    await core?.close();
    await writeFile(
      inData('draft.json'),
      serializeJson({
        content: { ...twoOfOneId(), schemaVersion: 3 },
        baseRevision: 1,
        savedAt: '2026-11-23T19:40:05.000Z',
      }),
    );
    const kiosk = await open();
    const token = await signIn(kiosk);
    expect((await kiosk.invoke('getDraft', { token })).draft?.content.programs).toHaveLength(2);
    await expect(kiosk.invoke('publishDraft', { token, initials: 'JD' })).rejects.toMatchObject({
      code: 'bad_request',
      message: 'Nothing was published: the content needs the changes below first.',
      issues: [DUPLICATE],
    });
    expect(await kiosk.invoke('getPublishedContent', undefined)).toMatchObject({ revision: 1 });
  });

  it('opens content that breaks only a newer rule as it is, and tells staff what to fix', async () => {
    await open();
    await core?.close();
    const hidden = makeContent('Live');
    hidden.programs[0]!.hidden = true;
    await writeFile(inData('content.json'), serializeJson({ ...hidden, schemaVersion: 3 }));
    const kiosk = await open();
    expect(await kiosk.invoke('getPublishedContent', undefined)).toMatchObject({
      content: { bureau: makeContent('Live').bureau, programs: [{ hidden: true }] },
    });
    expect((await readdir(dataDir)).filter((name) => name.includes('.invalid-'))).toEqual([]);
    expect((await kiosk.invoke('adminStatus', undefined)).problems).toContain(
      'The published content needs fixing before it can be published again (the editor shows where): programs: Every program is hidden, so visitors would find none: show at least one.',
    );
  });
});
