import {
  CLOCK_AHEAD_TOLERANCE_MS,
  DOWN_AFTER_MS,
  LATE_AFTER_MS,
} from '../../contract/fleet-words.ts';

// The thresholds live in the contract: the publishing PC's Kiosks section states them too.
export { CLOCK_AHEAD_TOLERANCE_MS, DOWN_AFTER_MS, LATE_AFTER_MS };

export type KioskState = 'OK' | 'late' | 'down';

export interface JudgedAge {
  state: KioskState;
  /** From the file's modification time to now, 0 when the file time is ahead. */
  ageMs: number;
  /** The file time is more than CLOCK_AHEAD_TOLERANCE_MS ahead of the reader's clock. */
  clockAhead: boolean;
}

/**
 * A kiosk's state by its status file's modification time as the reader sees it: the reader's
 * clock only, never the writtenAt the kiosk's own clock put in the file.
 */
export function judgeAge(modifiedMs: number, nowMs: number): JudgedAge {
  const ageMs = Math.max(0, nowMs - modifiedMs);
  const clockAhead = modifiedMs - nowMs > CLOCK_AHEAD_TOLERANCE_MS;
  const state = ageMs >= DOWN_AFTER_MS ? 'down' : ageMs >= LATE_AFTER_MS ? 'late' : 'OK';
  return { state, ageMs, clockAhead };
}
