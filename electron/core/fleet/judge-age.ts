/** No new status for this long: the kiosk is late (it writes every minute). */
export const LATE_AFTER_MS = 3 * 60_000;
/** No new status for this long: the kiosk is down. */
export const DOWN_AFTER_MS = 15 * 60_000;
/**
 * A file time up to this far ahead of the reader's clock counts as just written, unflagged:
 * the file server, the kiosk and the reader never agree to the second. Further ahead, it is
 * still taken as just written, but flagged, since it will look fresh for too long.
 */
export const CLOCK_AHEAD_TOLERANCE_MS = 2 * 60_000;

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
