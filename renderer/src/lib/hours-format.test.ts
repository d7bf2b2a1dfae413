import { describe, expect, it } from 'vitest';
import {
  closureDates,
  closureWords,
  formatClock,
  formatDate,
  formatFullDate,
  formatMonth,
  formatOpening,
  formatRange,
  statusWords,
  weekdayName,
} from './hours-format.ts';
import type { Closure } from './office-hours.ts';
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
    expect(formatFullDate('2026-12-11', 'en')).toBe('Friday, December 11, 2026');
    expect(formatMonth('2027-01', 'en')).toBe('January 2027');
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
    const words = statusWords({ state: 'open', closes: '17:00', early: null }, en, 'en');
    expect(words.headline).toBe('Open now');
    expect(words.details.map(plain)).toEqual(['Closes at 5:00 PM']);
  });

  it('says an early closing is today, in both languages, with its reason', () => {
    const status = {
      state: 'open' as const,
      closes: '12:00',
      early: { en: 'Staff training.', es: 'Capacitación del personal.' },
    };
    expect(statusWords(status, en, 'en').details.map(plain)).toEqual([
      'Closes at 12:00 PM today',
      'Staff training.',
    ]);
    const es = statusWords(status, UI_TEXT.es, 'es');
    expect(es.headline).toBe('Abierto ahora');
    expect(es.details.map(plain)[0]).toMatch(/^Hoy cierra temprano: 12:00 p\.\s?m\.$/);
    expect(es.details[1]).toBe('Capacitación del personal.');
  });

  it('gives an early closing’s reason once closed, then the next opening', () => {
    const status = {
      state: 'closed' as const,
      closure: null,
      note: { en: 'Staff training.', es: '' },
      opens: { inDays: 3, weekday: 1, time: '08:00' },
    };
    const words = statusWords(status, en, 'en');
    expect(words.headline).toBe('Closed now');
    expect(words.details.map(plain)).toEqual(['Staff training.', 'Opens Monday at 8:00 AM']);
  });

  it('gives a closure’s reason in the visitor’s language, then the next opening', () => {
    const status = {
      state: 'closed' as const,
      closure: { en: 'Christmas Day', es: 'Día de Navidad' },
      note: null,
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
    const words = statusWords(
      { state: 'closed', closure: null, note: null, opens: null },
      en,
      'en',
    );
    expect(words).toEqual({ headline: 'Closed now', details: [] });
  });
});

describe('closures in words', () => {
  const closure = (startDate: string, endDate: string, kind: Closure['kind'], time: string) => ({
    startDate,
    endDate,
    kind,
    time,
    note: { en: '', es: '' },
  });

  it('names one day, or the first and last of several', () => {
    const one = closure('2026-12-25', '2026-12-25', 'closed', '');
    const many = closure('2026-12-24', '2026-12-28', 'closed', '');
    expect(closureDates(one, UI_TEXT.en, 'en')).toBe('Friday, December 25');
    expect(closureDates(many, UI_TEXT.en, 'en')).toBe(
      'Thursday, December 24 to Monday, December 28',
    );
    expect(closureDates(many, UI_TEXT.es, 'es')).toBe(
      'Del jueves, 24 de diciembre al lunes, 28 de diciembre',
    );
  });

  it('says what an early closing or late opening does, then its note', () => {
    const early = closure('2026-12-11', '2026-12-11', 'closes-early', '12:00');
    expect(closureWords(early, UI_TEXT.en, 'en').map(plain)).toEqual(['Closes at 12:00 PM']);
    const late = {
      ...closure('2026-12-11', '2026-12-11', 'opens-late', '10:30'),
      note: { en: 'Training', es: '' },
    };
    expect(closureWords(late, UI_TEXT.en, 'en').map(plain)).toEqual([
      'Opens at 10:30 AM',
      'Training',
    ]);
    expect(
      closureWords(closure('2026-12-25', '2026-12-25', 'closed', ''), UI_TEXT.es, 'es'),
    ).toEqual(['Cerrado']);
  });
});
