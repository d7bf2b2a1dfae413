import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeDurableFs, type DurableFs } from '../store/durable-fs.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { errnoError } from '../test-support/scripted-fs.ts';
import { CENTRAL_STATE_FILE, openCentralStateFile, type CentralState } from './central-state.ts';

const NOW = Date.parse('2026-12-06T12:00:00.000Z');
const STATE: CentralState = {
  version: 7,
  sha256: 'a'.repeat(64),
  keyId: '1a2b3c4d5e6f7a8b',
  expiresAt: '2027-01-05T12:00:00.000Z',
  appliedAt: '2026-12-06T12:00:00.000Z',
};

let dataDir: string;
let log: ReturnType<typeof createRecordingLogger>;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'central-state-'));
  log = createRecordingLogger();
});

afterEach(() => rm(dataDir, { recursive: true, force: true }));

const open = (fs: DurableFs = nodeDurableFs) =>
  openCentralStateFile({ dataDir, fs, platform: process.platform, now: () => NOW, log });

describe('openCentralStateFile', () => {
  it('reads nothing applied when there is no record', async () => {
    expect(await open().read()).toEqual({ ok: true, state: null });
  });

  it('reads back what it wrote, as readable JSON', async () => {
    await open().write(STATE);
    expect(await open().read()).toEqual({ ok: true, state: STATE });
    expect(JSON.parse(await readFile(join(dataDir, CENTRAL_STATE_FILE), 'utf8'))).toEqual(STATE);
  });

  it('creates the data folder if it is missing', async () => {
    const nested = join(dataDir, 'not-yet');
    const file = openCentralStateFile({
      dataDir: nested,
      fs: nodeDurableFs,
      platform: process.platform,
      now: () => NOW,
      log,
    });
    await file.write(STATE);
    expect(await file.read()).toEqual({ ok: true, state: STATE });
  });

  it.each([
    ['not JSON', '{"version": 7', 'unparsable'],
    ['an invalid record', JSON.stringify({ ...STATE, version: -1 }), 'invalid'],
    ['an empty file', '', 'unparsable'],
  ])('moves %s aside and refuses until IT deletes the copy', async (_, text, label) => {
    await writeFile(join(dataDir, CENTRAL_STATE_FILE), text);
    const read = await open().read();
    const aside = `${CENTRAL_STATE_FILE}.${label}-2026-12-06T12-00-00Z`;
    expect(read).toEqual({
      ok: false,
      reason: `The record of applied versions cannot be read: ${aside} was kept aside in the data folder. IT deletes it to accept central content again.`,
    });
    expect(await readdir(dataDir)).toEqual([aside]);
    expect(log.lines[0]?.level).toBe('error');
    // Still refused after a restart, and even once a new record was written.
    await open().write(STATE);
    expect((await open().read()).ok).toBe(false);
    await rm(join(dataDir, aside));
    expect(await open().read()).toEqual({ ok: true, state: STATE });
  });

  it('refuses, naming the file, when a damaged record cannot be moved aside', async () => {
    await writeFile(join(dataDir, CENTRAL_STATE_FILE), '{');
    const fs: DurableFs = {
      ...nodeDurableFs,
      rename: async (from) => Promise.reject(errnoError('EACCES', 'rename', from)),
    };
    const read = await open(fs).read();
    expect(read).toEqual({
      ok: false,
      reason:
        'The record of applied versions cannot be read (central-source.json is not valid JSON.) and could not be moved aside: IT deletes central-source.json in the data folder to accept central content again.',
    });
  });

  it('refuses when the data folder cannot be listed', async () => {
    const fs: DurableFs = {
      ...nodeDurableFs,
      list: async (path) => Promise.reject(errnoError('EACCES', 'scandir', path)),
    };
    const read = await open(fs).read();
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toBe(
      'The data folder cannot be listed (permission denied (EACCES)), so the record of applied versions cannot be trusted.',
    );
  });
});
