import { fill } from './fill.ts';
import type { OptionalLocalizedText } from '../../../electron/contract/content-schema.ts';
import { localize, type Language } from './localize.ts';
import type { Closure, OfficeStatus, Opening } from './office-hours.ts';
import type { UiText } from './ui-text.ts';

/** US forms in both languages (8:00 AM, 8:00 a.m.), as the lobby's visitors read them. */
const LOCALE: Record<Language, string> = { en: 'en-US', es: 'es-US' };

const utc = (year: number, month: number, day: number, hh = 12, mm = 0) =>
  new Date(Date.UTC(year, month - 1, day, hh, mm));

/** 13:30 as "1:30 PM" or "1:30 p.m.". */
export function formatClock(time: string, language: Language): string {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(LOCALE[language], {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(utc(1970, 1, 1, hh, mm));
}

/** 0 as "Sunday" or "domingo". */
export function weekdayName(weekday: number, language: Language): string {
  // 4 January 1970 was a Sunday.
  return new Intl.DateTimeFormat(LOCALE[language], { weekday: 'long', timeZone: 'UTC' }).format(
    utc(1970, 1, 4 + weekday),
  );
}

/** 2026-12-25 as "Friday, December 25" or "viernes, 25 de diciembre". */
export function formatDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(LOCALE[language], {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(utc(year, month, day));
}

/** 2026-12-11 as "Friday, December 11, 2026": staff choose dates months ahead. */
export function formatFullDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(LOCALE[language], {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(utc(year, month, day));
}

/** 2026-12 as "December 2026". */
export function formatMonth(month: string, language: Language): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(LOCALE[language], {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(utc(year, m, 1));
}

/** "Opens tomorrow at 8:00 AM". */
export function formatOpening(opening: Opening, ui: UiText, language: Language): string {
  const day =
    opening.inDays === 0
      ? ui.today
      : opening.inDays === 1
        ? ui.tomorrow
        : weekdayName(opening.weekday, language);
  return fill(ui.opensAt, { day, time: formatClock(opening.time, language) });
}

/** "8:00 AM to 12:00 PM". */
export function formatRange(
  range: { opens: string; closes: string },
  ui: UiText,
  language: Language,
): string {
  return fill(ui.timeRange, {
    opens: formatClock(range.opens, language),
    closes: formatClock(range.closes, language),
  });
}

/** What the status line says: "Open now" and "Closes at 5:00 PM"; a closure's note included. */
export function statusWords(
  status: OfficeStatus,
  ui: UiText,
  language: Language,
): { headline: string; details: string[] } {
  const noteOf = (note: OptionalLocalizedText | null) => (note ? localize(note, language) : '');
  if (status.state === 'open') {
    const time = formatClock(status.closes, language);
    const early = noteOf(status.early);
    return {
      headline: ui.openNow,
      details: status.early
        ? [fill(ui.closesAtToday, { time }), ...(early === '' ? [] : [early])]
        : [fill(ui.closesAt, { time })],
    };
  }
  const details: string[] = [];
  const note = noteOf(status.closure ?? status.note);
  if (note !== '') details.push(note);
  if (status.opens) details.push(formatOpening(status.opens, ui, language));
  return { headline: status.closure ? ui.closedToday : ui.closedNow, details };
}

/** "Friday, December 25", or "Thursday, December 24 to Friday, December 25" for several days. */
export function closureDates(closure: Closure, ui: UiText, language: Language): string {
  const from = formatDate(closure.startDate, language);
  if (closure.endDate === closure.startDate) return from;
  return fill(ui.dateRange, { from, to: formatDate(closure.endDate, language) });
}

/**
 * What a closure does, then its note: ["Closes at 12:00 PM", "Staff training"]; a whole-day
 * closure is its note alone, or "Closed" without one.
 */
export function closureWords(closure: Closure, ui: UiText, language: Language): string[] {
  const note = localize(closure.note, language);
  if (closure.kind === 'closed') return [note === '' ? ui.closed : note];
  const time = formatClock(closure.time, language);
  const what = fill(closure.kind === 'closes-early' ? ui.closesAt : ui.opensLateAt, { time });
  return note === '' ? [what] : [what, note];
}
