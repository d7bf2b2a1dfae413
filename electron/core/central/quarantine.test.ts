import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { openQuarantine, QUARANTINE_FOLDER } from './quarantine.ts';

const NOW = Date.parse('2026-12-06T12:00:00.000Z');
const bytes = (text: string) => new TextEncoder().encode(text);

let dataDir: string;
let log: ReturnType<typeof createRecordingLogger>;
let clock: number;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'quarantine-'));
  log = createRecordingLogger();
  clock = NOW;
});

afterEach(() => rm(dataDir, { recursive: true, force: true }));

const entries = async () => (await readdir(join(dataDir, QUARANTINE_FOLDER))).sort();

describe('openQuarantine', () => {
  it('keeps what was read and why, one folder per refusal', async () => {
    const quarantine = openQuarantine({ dataDir, now: () => clock, log });
    await quarantine.keep(
      { manifest: bytes('{"m":1}'), signature: new Uint8Array(64), content: bytes('{"c":1}') },
      'The bundle expired on 2026-11-01.',
    );
    expect(await entries()).toEqual(['2026-12-06T12-00-00Z-1']);
    const entry = join(dataDir, QUARANTINE_FOLDER, '2026-12-06T12-00-00Z-1');
    expect((await readdir(entry)).sort()).toEqual([
      'content.json',
      'manifest.json',
      'manifest.sig',
      'reason.txt',
    ]);
    expect(await readFile(join(entry, 'reason.txt'), 'utf8')).toBe(
      'The bundle expired on 2026-11-01.\n',
    );
    expect(await readFile(join(entry, 'content.json'), 'utf8')).toBe('{"c":1}');
  });

  it('keeps only what there was', async () => {
    const quarantine = openQuarantine({ dataDir, now: () => clock, log });
    await quarantine.keep({ manifest: bytes('x') }, 'Too large.');
    const [name = ''] = await entries();
    expect((await readdir(join(dataDir, QUARANTINE_FOLDER, name))).sort()).toEqual([
      'manifest.json',
      'reason.txt',
    ]);
  });

  it('does not keep the same refusal twice in a row', async () => {
    const quarantine = openQuarantine({ dataDir, now: () => clock, log });
    await quarantine.keep({ manifest: bytes('a') }, 'Refused.');
    await quarantine.keep({ manifest: bytes('a') }, 'Refused.');
    await quarantine.keep({ manifest: bytes('b') }, 'Refused.');
    await quarantine.keep({ manifest: bytes('b') }, 'Refused for another reason.');
    expect(await entries()).toHaveLength(3);
  });

  it('keeps at most 10 entries, dropping the oldest', async () => {
    const quarantine = openQuarantine({ dataDir, now: () => clock, log });
    for (let n = 1; n <= 12; n += 1) {
      clock = NOW + n * 1000;
      await quarantine.keep({ manifest: bytes(String(n)) }, `Refusal ${n}.`);
    }
    const kept = await entries();
    expect(kept).toHaveLength(10);
    expect(kept[0]).toBe('2026-12-06T12-00-03Z-3');
    expect(kept[9]).toBe('2026-12-06T12-00-12Z-12');
  });

  it('orders entries of the same second by their number, not as text', async () => {
    const quarantine = openQuarantine({ dataDir, now: () => clock, log, maxEntries: 3 });
    for (let n = 1; n <= 11; n += 1) await quarantine.keep({ manifest: bytes(String(n)) }, 'R.');
    expect(await entries()).toEqual([
      '2026-12-06T12-00-00Z-10',
      '2026-12-06T12-00-00Z-11',
      '2026-12-06T12-00-00Z-9',
    ]);
  });

  it('keeps at most the byte budget, but always the newest entry', async () => {
    const quarantine = openQuarantine({ dataDir, now: () => clock, log, maxBytes: 2_500 });
    for (let n = 1; n <= 3; n += 1) {
      await quarantine.keep({ content: new Uint8Array(1_000).fill(n) }, `R${n}.`);
    }
    expect(await entries()).toEqual(['2026-12-06T12-00-00Z-2', '2026-12-06T12-00-00Z-3']);
    await quarantine.keep({ content: new Uint8Array(5_000) }, 'Big.');
    expect(await entries()).toEqual(['2026-12-06T12-00-00Z-4']);
  });

  it('skips a folder another kiosk run made in the same second', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dataDir, QUARANTINE_FOLDER, '2026-12-06T12-00-00Z-1'), { recursive: true });
    await openQuarantine({ dataDir, now: () => clock, log }).keep({ manifest: bytes('a') }, 'R.');
    expect(await entries()).toEqual(['2026-12-06T12-00-00Z-1', '2026-12-06T12-00-00Z-2']);
  });

  it('logs, never throws, when it cannot write', async () => {
    await writeFile(join(dataDir, QUARANTINE_FOLDER), 'a file where the folder should be');
    const quarantine = openQuarantine({ dataDir, now: () => clock, log });
    await expect(quarantine.keep({ manifest: bytes('a') }, 'R.')).resolves.toBeUndefined();
    expect(log.lines).toEqual([
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(
          /^A refused central bundle could not be kept in .*It was refused all the same\.$/,
        ),
      }),
    ]);
  });
});
