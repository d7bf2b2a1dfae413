import { USAGE_KEPT_DAYS } from '../../contract/usage-schema.ts';

const two = (n: number): string => String(n).padStart(2, '0');

function dateOf(d: Date): string {
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** 2026-12-03: the day on the lobby's own clock, since staff read the counts by their calendar. */
export function localDate(ms: number): string {
  return dateOf(new Date(ms));
}

/** The oldest day still kept at `ms`: that day and the 89 after it make the 90 kept. */
export function oldestKeptDate(ms: number): string {
  const d = new Date(ms);
  // Noon, so a change to or from daylight saving time cannot move the day.
  return dateOf(new Date(d.getFullYear(), d.getMonth(), d.getDate() - (USAGE_KEPT_DAYS - 1), 12));
}
