/**
 * How a kiosk's status file is judged, in numbers and in words: one place, so the publishing
 * PC's Kiosks section and `npm run admin -- fleet-status` say the same thing.
 */

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

const MINUTE = 60_000;

/** The footer's lines on the thresholds, judged at `nowMs` by this computer's clock. */
export function fleetThresholdWords(nowMs: number): string[] {
  return [
    `Judged by each file's modification time as this computer sees it (now ${utcMinute(nowMs)}): late after ${LATE_AFTER_MS / MINUTE} min without a new status, down after ${DOWN_AFTER_MS / MINUTE} min.`,
    `Clock skew: a file time up to ${CLOCK_AHEAD_TOLERANCE_MS / MINUTE} min ahead of this computer's clock counts as just written; further ahead it counts as just written too but is flagged "clock ahead" (set the time on the file server, the kiosk and this computer).`,
  ];
}

/** The content cell of a kiosk following the central source, e.g. "central v7". */
export function centralVersionWords(version: number | null, keptLocal: boolean): string {
  return `central v${version ?? ' none yet'}${keptLocal ? ', not shown (own edits)' : ''}`;
}

/** "42 s", "12 min", "3 h 5 min", "4 d". */
export function ageInWords(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d`;
}

/** "2026-12-06 12:00 UTC". */
export function utcMinute(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
