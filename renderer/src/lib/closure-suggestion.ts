import type { ClosureKind } from '../../../electron/contract/content-schema.ts';
import type { Announcement } from './announcements.ts';
import { addDays } from './local-time.ts';
import { splitStamp } from './picker-time.ts';

/** What the closure form opens with: staff check it and add it, or cancel. */
export interface ClosurePrefill {
  startDate: string;
  endDate: string;
  kind: ClosureKind;
  time: string;
}

const CLOSING = {
  en: /\b(close|closed|closes|closing)\b/i,
  es: /\b(cierra|cerrado|cerrada|cierre)\b/i,
};

/** Whether an announcement's English or Spanish text speaks of the office closing. */
export const mentionsClosing = (text: Announcement['text']): boolean =>
  CLOSING.en.test(text.en) || CLOSING.es.test(text.es);

/** "noon", "12 PM", "5:30 p.m." in the English text, as 12:00 / 17:30; '' if none is named. */
export function timeNamed(text: string): string {
  if (/\bnoon\b/i.test(text)) return '12:00';
  const match = /\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b/i.exec(text);
  if (!match) return '';
  const hour = (Number(match[1]) % 12) + (match[3]!.toLowerCase() === 'p' ? 12 : 0);
  const minute = Number(match[2] ?? '0');
  if (hour > 23 || minute > 59) return '';
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * The closure an announcement suggests: its days (an end at midnight ends the day before), an
 * early closing where the text names the time, else a whole-day closure. Dates stay empty when
 * the announcement has none.
 */
export function closurePrefill(announcement: Announcement): ClosurePrefill {
  const [startDate] = splitStamp(announcement.startsAt);
  const [endDay, endTime] = splitStamp(announcement.endsAt);
  const endDate = endDay !== '' && endTime === '00:00' ? addDays(endDay, -1).date : endDay;
  const first = startDate || endDate;
  const last = endDate !== '' && endDate >= first ? endDate : first;
  const time = timeNamed(announcement.text.en);
  return {
    startDate: first,
    endDate: last,
    kind: time === '' ? 'closed' : 'closes-early',
    time,
  };
}
