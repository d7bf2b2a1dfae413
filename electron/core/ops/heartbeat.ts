import { join } from 'node:path';
import type { CentralStatus } from '../../contract/central-schema.ts';
import { systemNow, systemTimers, type Now, type Timers } from '../clock.ts';
import type { KioskCore } from '../kiosk-core-types.ts';
import type { Logger } from '../logger.ts';
import { fleetStatusFile, type FleetStatusPlace } from '../fleet/fleet-status-file.ts';
import { nodeDurableFs, type DurableFs } from '../store/durable-fs.ts';
import type { LastError } from './error-tracker.ts';
import { snapshotFileWriter, type SnapshotFile } from './snapshot-file.ts';

export const HEARTBEAT_FILE = 'heartbeat.json';
export const HEARTBEAT_INTERVAL_MS = 60_000;

/**
 * `<dataDir>/heartbeat.json`, rewritten whole (temp file, fsync, rename) once at start and then
 * every minute, so monitoring tools never read half a file. Monitoring depends on these names:
 * add fields if needed, never rename or remove one.
 *
 * - `version`: the kiosk app's version (package.json), e.g. "0.1.0".
 * - `shell`: "electron" (the installed app) or "browser" (`npm run serve`).
 * - `pid`: the process id of the kiosk's main process.
 * - `startedAt`: when the kiosk had started, i.e. its first heartbeat (ISO 8601, UTC).
 * - `writtenAt`: when this file was written (ISO 8601, UTC). Older than two or three
 *   `intervalSeconds` means the kiosk is hung or not running.
 * - `uptimeSeconds`: whole seconds from `startedAt` to `writtenAt`.
 * - `intervalSeconds`: how often the file is rewritten (60).
 * - `contentRevision`: the number of the content revision visitors see now (0 before the
 *   first publish); null when the kiosk could not say.
 * - `memoryMb.rss`, `memoryMb.heapUsed`: the main process's memory in MB (one decimal). A
 *   steady climb over days is a leak.
 * - `lastError`: the last error the kiosk logged since it started, `{ message, at }`, or null.
 *   Only the message is given; the details are in the kiosk's log.
 * - `problems`: what IT must fix now, one plain line each, the same lines admin shows staff
 *   (adminStatus): keys of the policy that were not applied, a data folder the kiosk cannot
 *   write, wrong PINs that cannot be saved, store files kept aside, central content that could
 *   not be updated since a time and why, or that expires within 7 days; and from the Electron
 *   shell, an update server it will not use, and why. [] when there is nothing;
 *   null when the kiosk could not say. A data folder the kiosk cannot write at all cannot hold
 *   this file either: a stale file and the kiosk's log tell IT then.
 * - `central`: null when the policy names no central source (contentSource) or the kiosk could
 *   not say; else where this kiosk follows it and how far it got: `{ location, version, keyId,
 *   expiresAt, lastCheckAt, lastAppliedAt, behindSince, reason }`. `version` and `keyId` are
 *   the signed bundle applied last (null before the first); `expiresAt` when its signature
 *   expires; `lastCheckAt` the last check, `lastAppliedAt` the last new content; `behindSince`
 *   and `reason` (one plain sentence) are set while the kiosk cannot update from the source,
 *   null when it is up to date. Times are ISO 8601, UTC. A check that changes any of it but
 *   `lastCheckAt` writes the file again at once, not at the next minute.
 */
export interface HeartbeatRecord {
  version: string;
  shell: 'electron' | 'browser';
  pid: number;
  startedAt: string;
  writtenAt: string;
  uptimeSeconds: number;
  intervalSeconds: number;
  contentRevision: number | null;
  memoryMb: { rss: number; heapUsed: number };
  lastError: LastError | null;
  problems: string[] | null;
  central: CentralStatus | null;
}

export interface HeartbeatOptions {
  dataDir: string;
  version: string;
  shell: HeartbeatRecord['shell'];
  /** The revision published now; see publishedRevisionOf. */
  publishedRevision: () => Promise<number>;
  /** From the logger the kiosk logs through (trackErrors). */
  lastError: () => LastError | null;
  /** What IT must fix now; see kioskStatusOf. Absent: the file says null. */
  problems?: () => Promise<string[]>;
  /** How the kiosk follows IT's central source; see kioskStatusOf. Absent: null. */
  central?: () => Promise<CentralStatus | null>;
  /**
   * Subscribes to changes IT should see before the next minute (see centralChangesOf): each one
   * writes the file again at once. Absent: once a minute only.
   */
  rewriteWhen?: (write: () => void) => () => void;
  /**
   * IT's status folder and this kiosk's name (policy statusFolder and kioskName): each snapshot
   * is also written there, on the same schedule, for `fleet-status`. Absent: no status file.
   */
  fleetStatus?: FleetStatusPlace;
  log: Logger;
  timers?: Timers;
  now?: Now;
  /** Bytes, as process.memoryUsage() gives them. */
  memory?: () => { rss: number; heapUsed: number };
  pid?: number;
  fs?: DurableFs;
  platform?: NodeJS.Platform;
}

export interface Heartbeat {
  /** No more writes; resolves once a write under way has finished. */
  stop(): Promise<void>;
}

/** The revision the core publishes now, as getPublishedContent returns it. */
export function publishedRevisionOf(core: Pick<KioskCore, 'invoke'>): () => Promise<number> {
  return async () => (await core.invoke('getPublishedContent', undefined)).revision;
}

/**
 * The heartbeat's `problems` and `central`, both from adminStatus: asked together (as a snapshot
 * asks them), they share one read, which checks the data folder on disk.
 */
export function kioskStatusOf(core: Pick<KioskCore, 'invoke'>): {
  problems: () => Promise<string[]>;
  central: () => Promise<CentralStatus | null>;
} {
  let reading: ReturnType<typeof core.invoke<'adminStatus'>> | null = null;
  const read = () =>
    (reading ??= core.invoke('adminStatus', undefined).finally(() => {
      reading = null;
    }));
  return {
    problems: async () => (await read()).problems ?? [],
    central: async () => (await read()).central ?? null,
  };
}

/** The core's word that its central status changed: a refusal reaches IT within seconds. */
export function centralChangesOf(
  core: Pick<KioskCore, 'subscribe'>,
): (write: () => void) => () => void {
  return (write) =>
    core.subscribe((event) => {
      if (event.name === 'centralChanged') write();
    });
}

/**
 * Writes the heartbeat now and then every minute, each write after the last one finished; one
 * snapshot a time feeds the heartbeat file and, where IT named a status folder, the kiosk's
 * fleet status file. A write that fails is logged (once, until one succeeds again), never
 * thrown: a full disk must not stop the kiosk, and a stale file is what tells monitoring.
 */
export function startHeartbeat(options: HeartbeatOptions): Heartbeat {
  const { log, timers = systemTimers, now = systemNow } = options;
  const { fs = nodeDurableFs, platform = process.platform } = options;
  const heartbeatFile: SnapshotFile<HeartbeatRecord> = {
    path: join(options.dataDir, HEARTBEAT_FILE),
    label: 'The heartbeat file',
    whenStale: 'monitoring will see the file as stale',
    render: (record) => record,
  };
  const files = [
    heartbeatFile,
    ...(options.fleetStatus ? [fleetStatusFile(options.fleetStatus)] : []),
  ];
  const writers = files.map((file) => snapshotFileWriter(file, { fs, platform, log }));
  const started = new Date(now());
  let stopped = false;
  let timer: unknown;
  let writing: Promise<void> = Promise.resolve();

  const beat = async (): Promise<void> => {
    const record = snapshot(options, started, new Date(now()));
    for (const write of writers) await write(record);
  };
  const next = (): void => {
    if (stopped) return;
    timer = timers.setTimeout(() => {
      writing = writing.then(beat).then(next);
    }, HEARTBEAT_INTERVAL_MS);
  };
  // After the write under way, whose next() has planned the minute's: that one is put off.
  const writeNow = (): void => {
    if (stopped) return;
    writing = writing
      .then(async () => {
        timers.clearTimeout(timer);
        if (!stopped) await beat();
      })
      .then(next);
  };
  writing = beat().then(next);
  const unsubscribe = options.rewriteWhen?.(writeNow);

  return {
    async stop() {
      stopped = true;
      unsubscribe?.();
      timers.clearTimeout(timer);
      await writing;
    },
  };
}

async function snapshot(
  options: HeartbeatOptions,
  started: Date,
  at: Date,
): Promise<HeartbeatRecord> {
  const memory = (options.memory ?? (() => process.memoryUsage()))();
  // Asked together, so kioskStatusOf's two answers come from one adminStatus.
  const [problems, central] = await Promise.all([
    options.problems?.().catch(() => null) ?? null,
    options.central?.().catch(() => null) ?? null,
  ]);
  return {
    version: options.version,
    shell: options.shell,
    pid: options.pid ?? process.pid,
    startedAt: started.toISOString(),
    writtenAt: at.toISOString(),
    uptimeSeconds: Math.max(0, Math.floor((at.getTime() - started.getTime()) / 1000)),
    intervalSeconds: HEARTBEAT_INTERVAL_MS / 1000,
    contentRevision: (await options.publishedRevision().catch(() => null)) ?? null,
    memoryMb: { rss: megabytes(memory.rss), heapUsed: megabytes(memory.heapUsed) },
    lastError: options.lastError(),
    problems,
    central,
  };
}

function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
