import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../logger.ts';
import { describeFsError, errorCode, type DurableFs } from '../store/durable-fs.ts';
import { serializeJson } from '../store/durable-json-file.ts';
import { createFileDurably, writeFileDurably } from '../store/write-durably.ts';
import type { LockOwner, ProcessProbe } from './process-identity.ts';
import { systemNow, type Now } from '../clock.ts';

/** kiosk.7.lock: the data folder's lock, seventh of its line (see lockDataFolder). */
export const lockFileName = (generation: number): string => `kiosk.${generation}.lock`;
const LOCK_NAME = /^kiosk\.(\d+)\.lock$/;

const LockRecord = z.object({
  pid: z.number().int().positive(),
  process: z.string(),
  program: z.string().optional(),
  host: z.string(),
  startedAt: z.string().optional(),
  /** When the kiosk app closed: the folder is free. */
  releasedAt: z.string().optional(),
});
type LockRecord = z.output<typeof LockRecord>;

/** A kiosk app that runs on the folder already: this one must not open it. */
export class DataFolderInUseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFolderInUseError';
  }
}

export interface DataFolderLock {
  /** Why the folder could not be locked (a read-only disk), for staff and IT; null when held. */
  readonly problem: string | null;
  /** Marks the lock released if it is still this process's; logs, never throws. */
  release(): Promise<void>;
}

export interface LockOptions {
  fs: DurableFs;
  dataDir: string;
  platform: NodeJS.Platform;
  log: Logger;
  probe: ProcessProbe;
  /** Epoch milliseconds. */
  now?: Now;
}

// Each round either takes the lock, refuses, or lost a race to another kiosk app starting;
// only several starting at once on one folder lose more than one.
const ROUNDS = 5;

/**
 * Takes the data folder for this process: one kiosk app per folder, whichever the shell, since
 * two would each publish over the other's revisions.
 *
 * The lock is a line of files, kiosk.1.lock, kiosk.2.lock, …, each naming its owner and made
 * whole or not at all (createFileDurably), never two of one number. The highest is the lock.
 * Its owner still running refuses this app, naming it. Otherwise (the owner was killed, the
 * power cut, it closed and marked the lock released) the next number is made, at once, never
 * waiting on the lock's age: only one process can make a given number, so only one takes the
 * folder over, and one that finds a higher number than its own after making it lost a race and
 * steps back. Released locks are kept, not deleted, so a number is never made twice; the holder
 * removes the lower ones. A folder the kiosk cannot write gets no lock: the kiosk runs, and
 * `problem` says so.
 */
export async function lockDataFolder(options: LockOptions): Promise<DataFolderLock> {
  const { fs, dataDir, platform, log, probe, now = systemNow } = options;
  const path = (generation: number) => join(dataDir, lockFileName(generation));
  const generations = async (): Promise<number[]> =>
    (await fs.list(dataDir).catch(() => []))
      .map((name) => LOCK_NAME.exec(name)?.[1])
      .filter((digits): digits is string => digits !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
  const me = await probe.self();

  for (let round = 0; round < ROUNDS; round += 1) {
    const top = (await generations()).at(-1) ?? 0;
    if (top > 0) {
      const text = await readLock(fs, path(top));
      // Removed by its holder while it tidied up, after a higher one was made: look again.
      if (text === null) continue;
      const owner = parseOwner(text);
      if (owner !== null && owner.releasedAt === undefined) {
        await refuseIfRunning(owner, me, path(top), dataDir, probe);
        log.warn(
          `Taking over the data folder from process ${owner.pid} (${owner.program ?? 'unknown program'}), which no longer runs.`,
        );
      }
    }
    const mine = top + 1;
    try {
      await createFileDurably(fs, path(mine), serializeJson(me), platform);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue;
      return unlocked(error, log);
    }
    const later = (await generations()).at(-1) ?? mine;
    if (later > mine) {
      await fs.unlink(path(mine)).catch(() => undefined);
      continue;
    }
    for (const older of (await generations()).filter((generation) => generation < mine)) {
      await fs.unlink(path(older)).catch(() => undefined);
    }
    return heldLock({ fs, platform, log, now }, path(mine), me);
  }
  throw new DataFolderInUseError(
    `The lock of the data folder ${dataDir} changed hands ${ROUNDS} times while this kiosk app tried to take it: other kiosk apps are starting on it. Start only one.`,
  );
}

async function refuseIfRunning(
  owner: LockRecord,
  me: LockOwner,
  path: string,
  dataDir: string,
  probe: ProcessProbe,
): Promise<void> {
  const who = `Another kiosk app is already using the data folder ${dataDir}: process ${owner.pid} (${owner.program ?? 'unknown program'})`;
  const since = owner.startedAt === undefined ? '' : `, started ${owner.startedAt}`;
  if (owner.host !== me.host) {
    throw new DataFolderInUseError(
      `${who} on the computer ${owner.host}${since}. This computer cannot tell whether it still runs: if it does not, remove ${path} and start again.`,
    );
  }
  if (await probe.isRunning(owner)) {
    throw new DataFolderInUseError(
      `${who}${since}. Two kiosk apps on one folder would undo each other’s changes: quit that one first, or give this one its own folder with --data-dir.`,
    );
  }
}

function heldLock(
  { fs, platform, log, now }: Pick<LockOptions, 'fs' | 'platform' | 'log'> & { now: Now },
  path: string,
  me: LockOwner,
): DataFolderLock {
  const mine = serializeJson(me);
  return {
    problem: null,
    async release() {
      try {
        if ((await fs.readText(path)) !== mine) return;
        const released = { ...me, releasedAt: new Date(now()).toISOString() };
        await writeFileDurably(fs, path, serializeJson(released), platform);
      } catch (error) {
        // The next start finds this process gone, and takes the folder over at once.
        if (errorCode(error) !== 'ENOENT') {
          log.warn(`The data folder's lock was not marked released: ${describeFsError(error)}.`);
        }
      }
    },
  };
}

function unlocked(failure: unknown, log: Logger): DataFolderLock {
  const reason = describeFsError(failure);
  log.warn(`The data folder cannot be locked: ${reason}. A second kiosk app could use it too.`);
  return {
    problem: `The kiosk cannot lock its data folder (${reason}), so it cannot stop a second kiosk app from using the same folder.`,
    release: async () => undefined,
  };
}

/** The lock's text; '' when it cannot be read (taken for damaged); null when there is none. */
async function readLock(fs: DurableFs, path: string): Promise<string | null> {
  try {
    return await fs.readText(path);
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? null : '';
  }
}

/** The owner a lock names; null for a damaged one, which no running kiosk app wrote. */
function parseOwner(text: string): LockRecord | null {
  try {
    const parsed = LockRecord.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
