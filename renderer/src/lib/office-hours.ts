import type {
  ContentV2,
  OptionalLocalizedText,
} from '../../../electron/contract/content-schema.ts';
import { addDays, type LocalMoment } from './local-time.ts';

export type OfficeHours = ContentV2['hours'];
type Closure = OfficeHours['closures'][number];

export interface Opening {
  /** Days from today: 0 today, 1 tomorrow. */
  inDays: number;
  weekday: number;
  time: string;
}

export type OfficeStatus =
  | { state: 'open'; closes: string }
  | {
      state: 'closed';
      /** Why the office is closed all day today, where staff entered a closure. */
      closure: OptionalLocalizedText | null;
      /** When it next opens; null where no hours are known. */
      opens: Opening | null;
    };

/** A fortnight: far enough to see past a long holiday closure, near enough to stay "soon". */
const LOOK_AHEAD_DAYS = 14;

const closureOn = (hours: OfficeHours, date: string): Closure | undefined =>
  hours.closures.find((c) => c.date === date);

const rangesOn = (hours: OfficeHours, weekday: number) =>
  hours.weekly.filter((h) => h.day === weekday).sort((a, b) => a.opens.localeCompare(b.opens));

function nextOpening(hours: OfficeHours, now: LocalMoment): Opening | null {
  for (let inDays = 0; inDays <= LOOK_AHEAD_DAYS; inDays += 1) {
    const day = addDays(now.date, inDays);
    if (closureOn(hours, day.date)) continue;
    const later = rangesOn(hours, day.weekday).find((h) => inDays > 0 || h.opens > now.time);
    if (later) return { inDays, weekday: day.weekday, time: later.opens };
  }
  return null;
}

/**
 * Open or closed at `now`, from the weekly hours and the dated closures (a closure wins). Null
 * when staff have entered neither for today: the kiosk then says nothing rather than guess.
 */
export function officeStatus(hours: OfficeHours, now: LocalMoment): OfficeStatus | null {
  const closure = closureOn(hours, now.date);
  if (!closure && hours.weekly.length === 0) return null;
  if (!closure) {
    const current = rangesOn(hours, now.weekday).find(
      (h) => h.opens <= now.time && now.time < h.closes,
    );
    if (current) return { state: 'open', closes: current.closes };
  }
  return { state: 'closed', closure: closure?.note ?? null, opens: nextOpening(hours, now) };
}

export interface WeekRow {
  weekday: number;
  /** Empty on a day the office is closed. */
  ranges: Array<{ opens: string; closes: string }>;
}

/** The week from Monday to Sunday, as a sign on the door shows it; [] when no hours are set. */
export function weekRows(hours: OfficeHours): WeekRow[] {
  if (hours.weekly.length === 0) return [];
  return [1, 2, 3, 4, 5, 6, 0].map((weekday) => ({
    weekday,
    ranges: rangesOn(hours, weekday).map(({ opens, closes }) => ({ opens, closes })),
  }));
}

/** Closures from today on, soonest first, so a past holiday is not announced. */
export function upcomingClosures(hours: OfficeHours, today: string, limit = 5): Closure[] {
  return hours.closures
    .filter((c) => c.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, limit);
}
