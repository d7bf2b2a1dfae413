import type { Now } from '../core/index.ts';

/**
 * When the screen's renderer crashes or hangs, the kiosk reloads it after a growing pause (so a
 * page that crashes at once does not spin the machine), and when that keeps happening it
 * restarts the whole app, which clears whatever state the main process got into.
 */
export interface RecoveryOptions {
  /** The pause before the first reload; each further failure doubles it. */
  firstDelayMs: number;
  /** The longest pause between reloads. */
  maxDelayMs: number;
  /** This many failures within `windowMs` restart the app instead of reloading. */
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_RECOVERY: RecoveryOptions = {
  firstDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxFailures: 8,
  windowMs: 15 * 60_000,
};

/** The pause before the app is loaded again after a load failure showed the fallback page. */
export const LOAD_RETRY_DELAY_MS = 15_000;

export type Recovery = { action: 'reload'; delayMs: number } | { action: 'relaunch' };

export interface RecoveryPolicy {
  /** Records one failure now and says what to do about it. */
  onFailure(): Recovery;
}

export function createRecoveryPolicy(
  now: Now,
  options: RecoveryOptions = DEFAULT_RECOVERY,
): RecoveryPolicy {
  let failures: number[] = [];
  return {
    onFailure() {
      const at = now();
      // Only recent failures count: a kiosk that crashed twice last week starts again at 1 s.
      failures = [...failures.filter((time) => at - time < options.windowMs), at];
      if (failures.length >= options.maxFailures) return { action: 'relaunch' };
      const delayMs = options.firstDelayMs * 2 ** (failures.length - 1);
      return { action: 'reload', delayMs: Math.min(delayMs, options.maxDelayMs) };
    },
  };
}
