import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Content } from '../../contract/content-schema.ts';
import { makeContent } from '../test-support/make-content.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { createScriptedFs, errnoError, type ScriptedFs } from '../test-support/scripted-fs.ts';
import { createDurableJsonFile, serializeJson } from './durable-json-file.ts';
import { recoverContent } from './recover-content.ts';

let dir: string;
let fs: ScriptedFs;
let defaultsLoaded: number;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'recover-'));
  fs = createScriptedFs();
  defaultsLoaded = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const at = new Date('2026-11-23T19:40:05Z');
const file = (name: string) =>
  createDurableJsonFile({ path: join(dir, name), schema: Content, fs, platform: 'linux' });

function recover(log = createRecordingLogger()) {
  return recoverContent({
    fs,
    contentFile: file('content.json'),
    lastGoodFile: file('content.last-good.json'),
    loadDefault: async () => {
      defaultsLoaded += 1;
      return makeContent('Default');
    },
    now: () => at.getTime(),
    log,
  });
}

describe('recoverContent', () => {
  it('serves content.json when it is usable, without loading the default', async () => {
    await writeFile(join(dir, 'content.json'), serializeJson(makeContent('Live')));
    await writeFile(join(dir, 'content.last-good.json'), serializeJson(makeContent('Good')));
    const recovered = await recover();
    expect(recovered).toEqual({
      content: makeContent('Live'),
      source: 'content',
      lastGood: makeContent('Good'),
      alerts: [],
    });
    expect(defaultsLoaded).toBe(0);
  });

  it('serves the bundled default on first run', async () => {
    const recovered = await recover();
    expect(recovered).toMatchObject({ source: 'bundled-default', lastGood: null, alerts: [] });
    expect(recovered.content).toEqual(makeContent('Default'));
  });

  it('serves the last good copy when content.json is missing', async () => {
    await writeFile(join(dir, 'content.last-good.json'), serializeJson(makeContent('Good')));
    expect(await recover()).toMatchObject({ source: 'last-good', content: makeContent('Good') });
  });

  it('keeps a damaged content.json aside, logs it, and serves the last good copy', async () => {
    await writeFile(join(dir, 'content.json'), '{ "schemaVersion": 1,');
    await writeFile(join(dir, 'content.last-good.json'), serializeJson(makeContent('Good')));
    const log = createRecordingLogger();
    const recovered = await recover(log);
    const kept = join(dir, 'content.json.unparsable-2026-11-23T19-40-05Z');
    expect(recovered.source).toBe('last-good');
    expect(recovered.alerts).toEqual([
      {
        kind: 'unparsable',
        file: join(dir, 'content.json'),
        movedTo: kept,
        reason: 'content.json is not valid JSON.',
        issues: [expect.stringMatching(/JSON/)],
        at: '2026-11-23T19:40:05.000Z',
      },
    ]);
    expect(await readFile(kept, 'utf8')).toBe('{ "schemaVersion": 1,');
    expect(log.lines).toEqual([
      expect.objectContaining({
        level: 'warn',
        message: `content.json is not valid JSON. It was kept as ${kept}.`,
      }),
    ]);
  });

  it('keeps both aside and serves the default when the last good copy is damaged too', async () => {
    await writeFile(join(dir, 'content.json'), '');
    await writeFile(join(dir, 'content.last-good.json'), '{"schemaVersion": 1}');
    const recovered = await recover();
    expect(recovered.source).toBe('bundled-default');
    expect(recovered.alerts.map((a) => [a.kind, a.movedTo])).toEqual([
      ['unparsable', join(dir, 'content.json.unparsable-2026-11-23T19-40-05Z')],
      ['invalid', join(dir, 'content.last-good.json.invalid-2026-11-23T19-40-05Z')],
    ]);
    expect(await readdir(dir)).toHaveLength(2);
  });

  it('leaves a damaged file it cannot move aside where it is, says why, and serves the next source', async () => {
    await writeFile(join(dir, 'content.json'), 'garbage');
    await writeFile(join(dir, 'content.last-good.json'), serializeJson(makeContent('Good')));
    fs.failWhen((call) => call.op === 'rename', errnoError('EROFS', 'rename', dir));
    const log = createRecordingLogger();
    const recovered = await recover(log);
    expect(recovered).toMatchObject({ source: 'last-good', content: makeContent('Good') });
    expect(recovered.alerts).toEqual([
      expect.objectContaining({
        file: join(dir, 'content.json'),
        movedTo: null,
        reason:
          'content.json is not valid JSON. It could not be moved aside (the disk is read-only (EROFS)), so it is left as it is.',
      }),
    ]);
    expect(log.lines).toEqual([
      expect.objectContaining({
        level: 'error',
        message: `content.json is not valid JSON. It could not be moved aside (the disk is read-only (EROFS)), and the kiosk never writes over a file it cannot read: let the kiosk write to ${dir}, or move the file away yourself.`,
      }),
    ]);
    expect(await readFile(join(dir, 'content.json'), 'utf8')).toBe('garbage');
  });

  it('keeps a content.json it may not read (EACCES) aside, like a damaged one', async () => {
    await writeFile(join(dir, 'content.json'), serializeJson(makeContent('Live')));
    await writeFile(join(dir, 'content.last-good.json'), serializeJson(makeContent('Good')));
    fs.failWhen(
      (call) => call.op === 'readText' && call.path === join(dir, 'content.json'),
      errnoError('EACCES', 'open', join(dir, 'content.json')),
    );
    const recovered = await recover();
    const kept = join(dir, 'content.json.unreadable-2026-11-23T19-40-05Z');
    expect(recovered).toMatchObject({ source: 'last-good', content: makeContent('Good') });
    expect(recovered.alerts).toEqual([
      expect.objectContaining({
        kind: 'unreadable',
        movedTo: kept,
        reason: 'content.json cannot be read.',
        issues: ['permission denied (EACCES)'],
      }),
    ]);
    expect(JSON.parse(await readFile(kept, 'utf8'))).toEqual(makeContent('Live'));
  });

  it('keeps a content.json that is a folder aside, and serves the last good copy', async () => {
    await mkdir(join(dir, 'content.json'));
    await writeFile(join(dir, 'content.last-good.json'), serializeJson(makeContent('Good')));
    const recovered = await recover();
    expect(recovered).toMatchObject({ source: 'last-good', content: makeContent('Good') });
    expect(recovered.alerts).toEqual([
      expect.objectContaining({
        kind: 'unreadable',
        issues: ['it is a folder, not a file (EISDIR)'],
      }),
    ]);
    expect((await readdir(dir)).sort()).toEqual([
      'content.json.unreadable-2026-11-23T19-40-05Z',
      'content.last-good.json',
    ]);
  });

  it.each([
    ['is a folder', async () => mkdir(join(dir, 'content.last-good.json'))],
    [
      'may not be read',
      async () => {
        await writeFile(join(dir, 'content.last-good.json'), serializeJson(makeContent('Good')));
        fs.failWhen(
          (call) => call.op === 'readText' && call.path.endsWith('last-good.json'),
          errnoError('EIO', 'read', join(dir, 'content.last-good.json')),
        );
      },
    ],
  ])('serves a good content.json when only the last good copy %s', async (_, spoil) => {
    await writeFile(join(dir, 'content.json'), serializeJson(makeContent('Live')));
    await spoil();
    const recovered = await recover();
    expect(recovered).toMatchObject({ source: 'content', content: makeContent('Live') });
    expect(recovered.lastGood).toBeNull();
    expect(recovered.alerts).toEqual([
      expect.objectContaining({
        kind: 'unreadable',
        movedTo: join(dir, 'content.last-good.json.unreadable-2026-11-23T19-40-05Z'),
      }),
    ]);
  });
});
