/** A moment on the lobby's own clock, in the forms the content stores (see content-schema.ts). */
export interface LocalMoment {
  /** 2026-12-24 */
  date: string;
  /** 08:05 */
  time: string;
  /** 0 = Sunday, as the content's weekly hours count. */
  weekday: number;
  /** 2026-12-24T08:05, comparable as text with an announcement's start and end. */
  stamp: string;
}

const two = (n: number): string => String(n).padStart(2, '0');

const dateOf = (d: Date): string =>
  `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;

/** Staff enter times as the lobby's wall clock shows them, so the machine's own zone applies. */
export function localMoment(ms: number): LocalMoment {
  const d = new Date(ms);
  const date = dateOf(d);
  const time = `${two(d.getHours())}:${two(d.getMinutes())}`;
  return { date, time, weekday: d.getDay(), stamp: `${date}T${time}` };
}

/** The calendar day `days` after `date` (2026-12-31 + 1 = 2027-01-01), and its weekday. */
export function addDays(date: string, days: number): { date: string; weekday: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // Noon, so a change to or from daylight saving time cannot move the day.
  const d = new Date(year, month - 1, day + days, 12);
  return { date: dateOf(d), weekday: d.getDay() };
}
