import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeDurableFs } from '../store/durable-fs.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { DataFolderInUseError, lockDataFolder, lockFileName } from './data-folder-lock.ts';
import type { LockOwner, ProcessProbe } from './process-identity.ts';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'data-folder-lock-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** A process `pid` among `running`: as many kiosk apps as a test likes, in one process. */
function probeFor(pid: number, running: Set<number>): ProcessProbe {
  const owner: LockOwner = {
    pid,
    process: `test:${pid}`,
    program: 'kiosk',
    host: hostname(),
    startedAt: '2026-11-23T19:40:05.000Z',
  };
  return { self: async () => owner, isRunning: async ({ pid: other }) => running.has(other) };
}

const lock = (pid: number, running: Set<number>) =>
  lockDataFolder({
    fs: nodeDurableFs,
    dataDir,
    platform: 'linux',
    log: createRecordingLogger(),
    probe: probeFor(pid, running),
    now: () => Date.parse('2026-11-23T20:00:00Z'),
  });
const lockFile = (generation: number) => join(dataDir, lockFileName(generation));
const readLock = async (generation: number): Promise<unknown> =>
  JSON.parse(await readFile(lockFile(generation), 'utf8'));

describe('lockDataFolder', () => {
  it('writes the lock whole, naming its owner, and marks it released on release', async () => {
    const held = await lock(101, new Set([101]));
    expect(held.problem).toBeNull();
    const owner = {
      pid: 101,
      process: 'test:101',
      program: 'kiosk',
      host: hostname(),
      startedAt: '2026-11-23T19:40:05.000Z',
    };
    expect(await readLock(1)).toEqual(owner);
    await held.release();
    expect(await readLock(1)).toEqual({ ...owner, releasedAt: '2026-11-23T20:00:00.000Z' });
    expect(await readdir(dataDir)).toEqual([lockFileName(1)]);
  });

  it('takes a released folder at once, even from a process that still runs, and never reuses a number', async () => {
    const running = new Set([101, 202]);
    await (await lock(101, running)).release();
    await lock(202, running);
    expect(await readdir(dataDir)).toEqual([lockFileName(2)]);
    expect(await readLock(2)).toMatchObject({ pid: 202 });
  });

  it('refuses while the owner runs, naming it', async () => {
    await lock(101, new Set([101, 202]));
    await expect(lock(202, new Set([101, 202]))).rejects.toThrow(
      `Another kiosk app is already using the data folder ${dataDir}: process 101 (kiosk), started 2026-11-23T19:40:05.000Z.`,
    );
  });

  it('never marks released a lock another kiosk app holds now', async () => {
    const held = await lock(101, new Set([101]));
    await lock(202, new Set([202]));
    await held.release();
    expect(await readLock(2)).not.toHaveProperty('releasedAt');
  });

  it('lets exactly one of many kiosk apps starting at once take a lock whose owner is gone', async () => {
    await writeFile(lockFile(4), JSON.stringify({ pid: 1, process: 'gone', host: hostname() }));
    const starting = Array.from({ length: 12 }, (_, i) => 200 + i);
    const running = new Set(starting);
    const outcomes = await Promise.allSettled(starting.map((pid) => lock(pid, running)));

    const held = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(held).toHaveLength(1);
    expect(refused.map((outcome) => outcome.reason)).toEqual(
      Array(11).fill(expect.any(DataFolderInUseError)),
    );
    expect(starting).toContain(((await readLock(5)) as { pid: number }).pid);
    // Nothing is left beside the lock: the stale one went, and every loser tidied up.
    expect(await readdir(dataDir)).toEqual([lockFileName(5)]);
  });

  it('names a kiosk app on another computer, and says how to free the folder if it is gone', async () => {
    await writeFile(
      lockFile(3),
      JSON.stringify({ pid: 77, process: 'linux:b:1', program: 'node', host: 'kiosk-02' }),
    );
    await expect(lock(101, new Set([101]))).rejects.toThrow(
      `Another kiosk app is already using the data folder ${dataDir}: process 77 (node) on the computer kiosk-02. This computer cannot tell whether it still runs: if it does not, remove ${lockFile(3)} and start again.`,
    );
  });
});
