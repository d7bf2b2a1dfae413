import { addDays } from './local-time.ts';

/** One square of a month's grid. */
export interface CalendarDay {
  /** 2026-12-24 */
  date: string;
  day: number;
  /** False for the days of the months before and after that fill the first and last weeks. */
  inMonth: boolean;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** 2026-12-24 → 2026-12 */
export const monthOf = (date: string): string => date.slice(0, 7);

/** 2026-12 moved by `by` months: 2027-01 after December. */
export function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${two((index % 12) + 1)}`;
}

/**
 * The month as a wall calendar shows it, in weeks from Sunday to Saturday (as the lobby's
 * visitors read a calendar), padded with the neighbouring months' days.
 */
export function monthGrid(month: string): CalendarDay[][] {
  const first = `${month}-01`;
  const start = addDays(first, 0);
  const next = `${shiftMonth(month, 1)}-01`;
  const weeks: CalendarDay[][] = [];
  let cursor = addDays(first, -start.weekday).date;
  while (cursor < next) {
    const week: CalendarDay[] = [];
    for (let i = 0; i < 7; i += 1) {
      week.push({ date: cursor, day: Number(cursor.slice(8)), inMonth: monthOf(cursor) === month });
      cursor = addDays(cursor, 1).date;
    }
    weeks.push(week);
  }
  return weeks;
}

/** The date an arrow key moves to in the grid: a day sideways, a week up or down. */
export function dateAfterKey(date: string, key: string): string | null {
  const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[key];
  return step === undefined ? null : addDays(date, step).date;
}
