import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDate,
  formatOpening,
  formatRange,
  statusWords,
  weekdayName,
} from './hours-format.ts';
import { UI_TEXT } from './ui-text.ts';

/** ICU may put a narrow no-break space before AM/PM; a visitor sees a space. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('hours in words', () => {
  it('writes a time of day the American way in both languages', () => {
    expect(plain(formatClock('08:00', 'en'))).toBe('8:00 AM');
    expect(plain(formatClock('17:30', 'en'))).toBe('5:30 PM');
    expect(plain(formatClock('17:30', 'es'))).toMatch(/^5:30 p\.\s?m\.$/);
  });

  it('names weekdays and dates in the visitor’s language', () => {
    expect(weekdayName(0, 'en')).toBe('Sunday');
    expect(weekdayName(1, 'es')).toBe('lunes');
    expect(formatDate('2026-12-25', 'en')).toBe('Friday, December 25');
    expect(formatDate('2026-12-25', 'es')).toBe('viernes, 25 de diciembre');
  });

  it('says when the office opens next, today, tomorrow or on a named day', () => {
    const en = UI_TEXT.en;
    expect(plain(formatOpening({ inDays: 0, weekday: 3, time: '13:00' }, en, 'en'))).toBe(
      'Opens today at 1:00 PM',
    );
    expect(plain(formatOpening({ inDays: 1, weekday: 4, time: '08:00' }, en, 'en'))).toBe(
      'Opens tomorrow at 8:00 AM',
    );
    expect(plain(formatOpening({ inDays: 3, weekday: 1, time: '08:00' }, en, 'en'))).toBe(
      'Opens Monday at 8:00 AM',
    );
    expect(formatOpening({ inDays: 3, weekday: 1, time: '08:00' }, UI_TEXT.es, 'es')).toContain(
      'lunes',
    );
  });

  it('writes a range of hours', () => {
    expect(plain(formatRange({ opens: '08:00', closes: '17:00' }, UI_TEXT.en, 'en'))).toBe(
      '8:00 AM to 5:00 PM',
    );
  });
});

describe('statusWords', () => {
  const en = UI_TEXT.en;

  it('says open and until when', () => {
    const words = statusWords({ state: 'open', closes: '17:00' }, en, 'en');
    expect(words.headline).toBe('Open now');
    expect(words.details.map(plain)).toEqual(['Closes at 5:00 PM']);
  });

  it('gives a closure’s reason in the visitor’s language, then the next opening', () => {
    const status = {
      state: 'closed' as const,
      closure: { en: 'Christmas Day', es: 'Día de Navidad' },
      opens: { inDays: 3, weekday: 1, time: '08:00' },
    };
    expect(statusWords(status, UI_TEXT.es, 'es').headline).toBe('Cerrado hoy');
    expect(statusWords(status, UI_TEXT.es, 'es').details[0]).toBe('Día de Navidad');
    expect(statusWords(status, en, 'en').details.map(plain)).toEqual([
      'Christmas Day',
      'Opens Monday at 8:00 AM',
    ]);
  });

  it('says only "Closed now" when no reason and no next opening are known', () => {
    const words = statusWords({ state: 'closed', closure: null, opens: null }, en, 'en');
    expect(words).toEqual({ headline: 'Closed now', details: [] });
  });
});
