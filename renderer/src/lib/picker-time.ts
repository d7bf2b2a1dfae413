/** A time of day as the picker shows it: 1-12, minutes, AM or PM. */
export interface ClockParts {
  hour: number;
  minute: number;
  pm: boolean;
}

export const HOURS_12 = [12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
/** Five-minute steps: fine enough for an early closing, few enough to tap. */
export const MINUTE_STEPS = [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55] as const;

const two = (n: number): string => String(n).padStart(2, '0');

/** 13:30 → 1:30 PM as parts; 00:15 → 12:15 AM. */
export function partsOf(time: string): ClockParts {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return { hour: hh % 12 === 0 ? 12 : hh % 12, minute: mm, pm: hh >= 12 };
}

/** The stored form, 13:30, of 1:30 PM. */
export function timeOf({ hour, minute, pm }: ClockParts): string {
  return `${two((hour % 12) + (pm ? 12 : 0))}:${two(minute)}`;
}

/** The stored time with one part changed: what tapping an hour, a minute or AM/PM does. */
export const withPart = (time: string, part: Partial<ClockParts>): string =>
  timeOf({ ...partsOf(time), ...part });

/** 2026-12-11T08:00 → ['2026-12-11', '08:00']; '' → ['', '']. */
export function splitStamp(stamp: string): [string, string] {
  const [date = '', time = ''] = stamp.split('T');
  return [date, time];
}

export const joinStamp = (date: string, time: string): string =>
  date === '' ? '' : `${date}T${time}`;
