import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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
    now: () => at,
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

  it('stops, naming the file, when a damaged file cannot be moved aside', async () => {
    await writeFile(join(dir, 'content.json'), 'garbage');
    fs.failWhen((call) => call.op === 'rename', errnoError('EROFS', 'rename', dir));
    await expect(recover()).rejects.toThrow(
      `content.json is not valid JSON. It could not be moved aside (the disk is read-only (EROFS)), and the kiosk never overwrites a file it cannot read: let the kiosk write to ${dir}, or move the file away yourself.`,
    );
    expect(await readFile(join(dir, 'content.json'), 'utf8')).toBe('garbage');
  });

  it('stops without moving anything when content.json cannot be read at all', async () => {
    await writeFile(join(dir, 'content.json'), serializeJson(makeContent()));
    fs.failWhen((call) => call.op === 'readText', errnoError('EACCES', 'open', dir));
    await expect(recover()).rejects.toThrow('permission denied (EACCES)');
    expect(await readdir(dir)).toEqual(['content.json']);
  });
});
