import type { Timers } from '../clock.ts';

/** The first check waits this long, so it does not compete with the kiosk's own start. */
export const FIRST_CHECK_DELAY_MS = 1_000;
/** The first retry after a failure waits this long (or the interval, if shorter), then doubles. */
export const FIRST_RETRY_MS = 30_000;
/** ±10 %: kiosks started together (a power cut) do not all ask the server at the same moment. */
export const JITTER = 0.1;

/**
 * How long to wait before the next check: the interval after a success, and after `failures`
 * failures in a row min(30 s, interval) doubled per further failure, never beyond the interval.
 * `random` is in [0, 1), like Math.random.
 */
export function nextDelayMs(intervalMs: number, failures: number, random: () => number): number {
  const base =
    failures === 0
      ? intervalMs
      : Math.min(Math.min(FIRST_RETRY_MS, intervalMs) * 2 ** (failures - 1), intervalMs);
  return Math.round(base * (1 + (random() * 2 - 1) * JITTER));
}

export interface CheckSchedule {
  /** The first check after FIRST_CHECK_DELAY_MS, then one after each as nextDelayMs says. */
  start(): void;
  /** One check now, after the one under way if any. Resolves once it is done. */
  runNow(): Promise<void>;
  /** No more checks; resolves once the one under way has finished. */
  stop(): Promise<void>;
}

export interface CheckScheduleOptions {
  timers: Timers;
  intervalMs: number;
  random: () => number;
  /** One check: true when it succeeded. Must not reject. */
  check(): Promise<boolean>;
}

/** Runs checks one at a time, on the schedule and on demand. */
export function createCheckSchedule(options: CheckScheduleOptions): CheckSchedule {
  const { timers, intervalMs, random, check } = options;
  let failures = 0;
  let timer: unknown;
  let started = false;
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();

  const enqueue = (): Promise<void> => {
    queue = queue.then(async () => {
      if (stopped) return;
      failures = (await check()) ? 0 : failures + 1;
    });
    return queue;
  };
  const plan = (delayMs: number): void => {
    if (stopped) return;
    timer = timers.setTimeout(() => {
      void enqueue().then(() => plan(nextDelayMs(intervalMs, failures, random)));
    }, delayMs);
  };

  return {
    start() {
      if (started) return;
      started = true;
      plan(Math.min(FIRST_CHECK_DELAY_MS, intervalMs));
    },
    runNow: enqueue,
    async stop() {
      stopped = true;
      timers.clearTimeout(timer);
      await queue;
    },
  };
}
