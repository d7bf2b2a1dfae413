import type { Content, OptionalLocalizedText } from '../../../electron/contract/content-schema.ts';
import { addDays, type LocalMoment } from './local-time.ts';

export type OfficeHours = Content['hours'];
export type Closure = OfficeHours['closures'][number];
type Range = { opens: string; closes: string };

export interface Opening {
  /** Days from today: 0 today, 1 tomorrow. */
  inDays: number;
  weekday: number;
  time: string;
}

export type OfficeStatus =
  | {
      state: 'open';
      closes: string;
      /** Why today ends early, where staff entered an early closing; else null. */
      early: OptionalLocalizedText | null;
    }
  | {
      state: 'closed';
      /** Why the office is closed all day today, where staff entered a closure. */
      closure: OptionalLocalizedText | null;
      /** The note of an early closing or a late opening today, outside its hours. */
      note: OptionalLocalizedText | null;
      /** When it next opens; null where no hours are known. */
      opens: Opening | null;
    };

/** A fortnight: far enough to see past a long holiday closure, near enough to stay "soon". */
const LOOK_AHEAD_DAYS = 14;

const closuresOn = (hours: OfficeHours, date: string): Closure[] =>
  hours.closures.filter((c) => c.startDate <= date && date <= c.endDate);

const rangesOn = (hours: OfficeHours, weekday: number): Range[] =>
  hours.weekly
    .filter((h) => h.day === weekday)
    .sort((a, b) => a.opens.localeCompare(b.opens))
    .map(({ opens, closes }) => ({ opens, closes }));

interface Day {
  ranges: Range[];
  /** The whole-day closure, if any: it wins over everything else. */
  allDay: Closure | null;
  early: Closure | null;
  late: Closure | null;
}

/**
 * The hours kept on one date: the weekday's hours cut short by an early closing (the earliest,
 * if staff entered two) and started late by a late opening (the latest).
 */
function dayOf(hours: OfficeHours, date: string, weekday: number): Day {
  const closures = closuresOn(hours, date);
  const allDay = closures.find((c) => c.kind === 'closed') ?? null;
  const pick = (kind: Closure['kind'], better: (a: string, b: string) => boolean) =>
    closures
      .filter((c) => c.kind === kind)
      .reduce<Closure | null>((best, c) => (best && !better(c.time, best.time) ? best : c), null);
  const early = pick('closes-early', (a, b) => a < b);
  const late = pick('opens-late', (a, b) => a > b);
  if (allDay) return { ranges: [], allDay, early, late };
  const ranges = rangesOn(hours, weekday)
    .map((r) => ({
      opens: late && late.time > r.opens ? late.time : r.opens,
      closes: early && early.time < r.closes ? early.time : r.closes,
    }))
    .filter((r) => r.opens < r.closes);
  return { ranges, allDay, early, late };
}

function nextOpening(hours: OfficeHours, now: LocalMoment): Opening | null {
  for (let inDays = 0; inDays <= LOOK_AHEAD_DAYS; inDays += 1) {
    const day = addDays(now.date, inDays);
    const later = dayOf(hours, day.date, day.weekday).ranges.find(
      (r) => inDays > 0 || r.opens > now.time,
    );
    if (later) return { inDays, weekday: day.weekday, time: later.opens };
  }
  return null;
}

/**
 * Open or closed at `now`, from the weekly hours and the closures only (a closure wins);
 * announcements never decide it. Null when staff have entered no weekly hours and no whole-day
 * closure for today: the kiosk then says nothing rather than guess.
 */
export function officeStatus(hours: OfficeHours, now: LocalMoment): OfficeStatus | null {
  const today = dayOf(hours, now.date, now.weekday);
  if (!today.allDay && hours.weekly.length === 0) return null;
  const current = today.ranges.find((r) => r.opens <= now.time && now.time < r.closes);
  if (current) {
    const early = today.early && current.closes === today.early.time ? today.early.note : null;
    return { state: 'open', closes: current.closes, early };
  }
  const partial = now.time < (today.ranges[0]?.opens ?? '') ? today.late : today.early;
  return {
    state: 'closed',
    closure: today.allDay?.note ?? null,
    note: today.allDay ? null : (partial?.note ?? null),
    opens: nextOpening(hours, now),
  };
}

export interface WeekRow {
  weekday: number;
  /** Empty on a day the office is closed. */
  ranges: Range[];
}

/** The week from Monday to Sunday, as a sign on the door shows it; [] when no hours are set. */
export function weekRows(hours: OfficeHours): WeekRow[] {
  if (hours.weekly.length === 0) return [];
  return [1, 2, 3, 4, 5, 6, 0].map((weekday) => ({ weekday, ranges: rangesOn(hours, weekday) }));
}

/** Closures not yet over by today, soonest first, so a past holiday is not announced. */
export function upcomingClosures(hours: OfficeHours, today: string, limit = 5): Closure[] {
  return hours.closures
    .filter((c) => c.endDate >= today)
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .slice(0, limit);
}
