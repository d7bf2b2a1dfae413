import { MAX_PROGRAMS } from '../../contract/content-rules.ts';
import { ApiError } from '../../contract/errors.ts';
import type { UsageDay, UsageKind } from '../../contract/usage-schema.ts';
import { USAGE_KINDS } from '../../contract/wire.ts';
import type { Logger } from '../logger.ts';
import { nodeDurableFs, type DurableFs } from '../store/durable-fs.ts';
import { createSerialQueue } from '../store/serial-queue.ts';
import { createStoreAlerts, type StoreAlerts } from '../store/store-alerts.ts';
import { usageCsv } from './usage-csv.ts';
import { localDate, oldestKeptDate } from './usage-days.ts';
import {
  loadUsageFile,
  USAGE_DAY_MAX,
  usageFile,
  type UsageFile,
  type UsageFileOptions,
} from './usage-file.ts';
import { isCountedName } from './usage-vocabulary.ts';

/** Counts reach the disk at most this often, so a busy lobby does not write on every tap. */
export const USAGE_SAVE_DELAY_MS = 5_000;

export interface UsageReport {
  enabled: boolean;
  /** Oldest first, at most the last 90 days. */
  days: UsageDay[];
}

export interface UsageStore {
  /**
   * +1 for `key` today, on disk within USAGE_SAVE_DELAY_MS. Does nothing while counting is
   * off, for a name the kiosk does not count (see accepts), or once today has USAGE_DAY_MAX.
   */
  count(kind: UsageKind, key: string): void;
  /** Whether `key` is a name counted under `kind`: the kiosk's own, or a published program's. */
  accepts(kind: UsageKind, key: string): boolean;
  /** Why counting stopped for today (the cap was reached), for staff and IT; null otherwise. */
  problem(): string | null;
  read(): UsageReport;
  /**
   * The title of every program counted in the days kept: its published one, else the last
   * seen while it was published (a program removed since).
   */
  programTitles(): Record<string, string>;
  /**
   * Turns counting on or off and saves that at once. Turning it off keeps the days already
   * counted, so staff can still read and export them; they age out after 90 days like any
   * others. Rejects with an ApiError in plain words, changing nothing, when IT's policy decides,
   * `record` (the audit line, written once the switch is allowed) rejects, or the disk refuses.
   */
  setEnabled(enabled: boolean, record?: () => Promise<void>): Promise<void>;
  toCsv(): string;
  /** Today on the kiosk's clock, e.g. 2026-12-03. */
  today(): string;
  /** Saves counts not yet on disk; a failure is logged, never thrown. */
  flush(): Promise<void>;
  /** Flushes; later counts are ignored. */
  close(): Promise<void>;
}

export interface UsageStoreOptions {
  dataDir: string;
  /** Epoch milliseconds; tests drive it. */
  now: () => number;
  log: Logger;
  fs?: DurableFs;
  platform?: NodeJS.Platform;
  /** IT's policy's usageCounts: counting is on or off as it says, whatever staff chose. */
  policyUsageCounts?: boolean | undefined;
  /** The ids of the published programs (see programIdsOf); none when omitted. */
  programIds?: () => ReadonlySet<string>;
  /** The published programs' English titles by id (see programTitlesOf); none when omitted. */
  programTitles?: () => ReadonlyMap<string, string>;
  /** Where an unusable usage.json is reported (the store's, shared); its own when omitted. */
  alerts?: StoreAlerts;
}

type DayCounts = Record<UsageKind, Map<string, number>>;

/**
 * Anonymous counts per day in `<dataDir>/usage.json`. Counting is on until staff turn it off
 * (the kiosk's privacy note tells visitors so). Never rejects: a file it cannot use is kept
 * aside (staff see it) and counting starts from nothing. Bounded whatever is sent: only the
 * kiosk's own names are counted, and at most USAGE_DAY_MAX counts a day, so the file and every
 * read stay small.
 */
export async function createUsageStore(options: UsageStoreOptions): Promise<UsageStore> {
  const { dataDir, now, log } = options;
  const fs = options.fs ?? nodeDurableFs;
  const fileOptions: UsageFileOptions = {
    dataDir,
    now,
    log,
    fs,
    platform: options.platform ?? process.platform,
    alerts: options.alerts ?? createStoreAlerts({ fs, now, log }),
  };
  const loaded = await loadUsageFile(fileOptions);
  const file = usageFile(fileOptions);
  // Staff's choice, kept on disk as it is while IT's policy decides, so it returns without one.
  let enabled = loaded.data?.enabled ?? !loaded.turnedOff;
  const { policyUsageCounts, programIds = () => new Set<string>() } = options;
  const published = options.programTitles ?? (() => new Map<string, string>());
  const titles = new Map(Object.entries(loaded.data?.programTitles ?? {}));
  const counting = (): boolean => policyUsageCounts ?? enabled;
  const accepts = (kind: UsageKind, key: string): boolean => isCountedName(kind, key, programIds());
  // The day the cap was reached: counting waits for the next.
  let cappedOn: string | null = null;
  const days = new Map(
    Object.entries(loaded.data?.days ?? {}).map(([date, counts]) => [date, toMaps(counts)]),
  );
  const queue = createSerialQueue();
  let timer: NodeJS.Timeout | undefined;
  let dirty = false;
  let failing = false;
  let closed = false;

  const prune = (): void => {
    const oldest = oldestKeptDate(now());
    for (const date of days.keys()) if (date < oldest) days.delete(date);
  };

  const countedTitles = (): Record<string, string> => {
    for (const [id, title] of published()) titles.set(id, title);
    const counted = new Set(sortedDays().flatMap((day) => Object.keys(day.counts.program)));
    return Object.fromEntries(
      [...titles].filter(([id]) => counted.has(id)).sort(([a], [b]) => byText(a, b)),
    );
  };

  const snapshot = (): UsageFile => ({
    enabled,
    programTitles: countedTitles(),
    days: Object.fromEntries(sortedDays().map(({ date, counts }) => [date, counts])),
  });

  const sortedDays = (): UsageDay[] => {
    prune();
    return [...days]
      .sort(([a], [b]) => byText(a, b))
      .map(([date, counts]) => ({ date, counts: fromMaps(counts) }));
  };

  // Not queued: callers run it on the queue, so the last state asked for is the last on disk.
  // They mark the counts saved beforehand, as the snapshot taken here holds every count so far.
  const write = async (): Promise<void> => {
    try {
      if (!loaded.writable) {
        throw new Error(
          'usage.json could not be read when the kiosk started, so it is not written over.',
        );
      }
      await fileOptions.fs.mkdir(dataDir);
      await file.write(snapshot());
    } catch (error) {
      dirty = true;
      throw error;
    }
  };

  const save = (): Promise<void> => {
    dirty = false;
    return queue.run(write).then(
      () => {
        if (failing) log.info('Usage counts are being saved again.');
        failing = false;
      },
      (error: unknown) => {
        // A full disk would otherwise log every few seconds in a busy lobby.
        if (!failing) log.error(`Could not save usage counts: ${messageOf(error)}`);
        failing = true;
      },
    );
  };

  const cancelSave = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };

  const saveSoon = (): void => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      void save();
    }, USAGE_SAVE_DELAY_MS);
    // A waiting save must not keep an otherwise finished process alive; close() saves it.
    timer.unref();
  };

  const flush = async (): Promise<void> => {
    cancelSave();
    if (dirty) await save();
    await queue.idle();
  };

  return {
    count(kind, key) {
      // The handler refuses unknown names already; this keeps them off the disk whoever calls.
      if (!counting() || closed || !accepts(kind, key)) return;
      const today = localDate(now());
      const day = days.get(today) ?? emptyDay();
      if (totalOf(day) >= USAGE_DAY_MAX) {
        if (cappedOn !== today) {
          log.warn(`Usage counting stopped for ${today} at ${USAGE_DAY_MAX} counts.`);
        }
        cappedOn = today;
        return;
      }
      // Ids renamed during the day must not grow it past what the file may hold.
      if (kind === 'program' && !day.program.has(key) && day.program.size >= MAX_PROGRAMS) return;
      days.set(today, day);
      day[kind].set(key, (day[kind].get(key) ?? 0) + 1);
      dirty = true;
      saveSoon();
    },
    accepts,
    problem: () =>
      cappedOn === localDate(now())
        ? `Usage counting stopped for today after ${USAGE_DAY_MAX} counts, far more than visitors make: a program on this computer may be sending counts. Please tell IT.`
        : null,
    read: () => ({ enabled: counting(), days: sortedDays() }),
    programTitles: countedTitles,
    setEnabled: (next, record) =>
      queue.run(async () => {
        if (policyUsageCounts !== undefined) {
          throw new ApiError('forbidden', usageRule(policyUsageCounts));
        }
        await record?.();
        const previous = enabled;
        enabled = next;
        cancelSave();
        dirty = false;
        try {
          await write();
        } catch (error) {
          enabled = previous;
          log.error(`Could not save the usage counting setting: ${messageOf(error)}`);
          throw new ApiError(
            'unavailable',
            `The setting could not be saved, so usage counting is still ${previous ? 'on' : 'off'}. ${messageOf(error)}`,
          );
        }
      }),
    toCsv: () => usageCsv(sortedDays(), countedTitles()),
    today: () => localDate(now()),
    flush,
    async close() {
      closed = true;
      await flush();
    },
  };
}

/** The words staff see when they try the switch while IT's policy decides. */
function usageRule(on: boolean): string {
  return on
    ? "IT's policy keeps usage counts on, so they cannot be turned off here."
    : "IT's policy keeps usage counts off, so they cannot be turned on here.";
}

function totalOf(day: DayCounts): number {
  let total = 0;
  for (const kind of USAGE_KINDS) for (const count of day[kind].values()) total += count;
  return total;
}

function emptyDay(): DayCounts {
  return {
    screen: new Map(),
    program: new Map(),
    language: new Map(),
    feature: new Map(),
  };
}

// Maps in memory: a key such as "constructor" must not meet a plain object's inherited names.
function toMaps(counts: UsageFile['days'][string]): DayCounts {
  const day = emptyDay();
  for (const kind of USAGE_KINDS) day[kind] = new Map(Object.entries(counts[kind] ?? {}));
  return day;
}

function fromMaps(day: DayCounts): UsageDay['counts'] {
  const sorted = (kind: UsageKind) =>
    Object.fromEntries([...day[kind]].sort(([a], [b]) => byText(a, b)));
  return {
    screen: sorted('screen'),
    program: sorted('program'),
    language: sorted('language'),
    feature: sorted('feature'),
  };
}

// Plain code-unit order: dates and lower-case keys sort the same on every machine.
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
