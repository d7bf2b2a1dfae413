import { describe, expect, it } from 'vitest';
import { closurePrefill, mentionsClosing, timeNamed } from './closure-suggestion.ts';

const announcement = (en: string, es = '', startsAt = '', endsAt = '') => ({
  id: 'a',
  text: { en, es },
  startsAt,
  endsAt,
});

describe('an announcement that speaks of closing', () => {
  it.each([
    'The lobby closes at noon on Friday',
    'Closed on December 25',
    'We close early today',
    'Closing at 3 PM for training',
  ])('is noticed in English: %s', (en) => {
    expect(mentionsClosing(announcement(en).text)).toBe(true);
  });

  it.each(['La oficina cierra a las 12', 'Cerrado el 25 de diciembre', 'Cierre anticipado'])(
    'is noticed in Spanish: %s',
    (es) => {
      expect(mentionsClosing(announcement('Notice', es).text)).toBe(true);
    },
  );

  it('is not noticed in words that only contain the letters', () => {
    expect(
      mentionsClosing(announcement('See the enclosed forms', 'Formularios incluidos').text),
    ).toBe(false);
    expect(mentionsClosing(announcement('New parking rules', 'Nuevas reglas').text)).toBe(false);
  });
});

describe('the closure an announcement suggests', () => {
  it('reads the time the text names', () => {
    expect(timeNamed('closes at noon')).toBe('12:00');
    expect(timeNamed('closes at 3 PM')).toBe('15:00');
    expect(timeNamed('closes at 4:30 p.m. today')).toBe('16:30');
    expect(timeNamed('opens at 10 am')).toBe('10:00');
    expect(timeNamed('closed all day')).toBe('');
  });

  it('takes the announcement’s days and suggests an early closing at the named time', () => {
    const a = announcement(
      'The lobby closes at noon on Friday',
      '',
      '2026-12-11T07:00',
      '2026-12-11T17:00',
    );
    expect(closurePrefill(a)).toEqual({
      startDate: '2026-12-11',
      endDate: '2026-12-11',
      kind: 'closes-early',
      time: '12:00',
    });
  });

  it('suggests a whole-day closure over several days, an end at midnight ending the day before', () => {
    const a = announcement('Closed for the holidays', '', '2026-12-24T00:00', '2026-12-28T00:00');
    expect(closurePrefill(a)).toEqual({
      startDate: '2026-12-24',
      endDate: '2026-12-27',
      kind: 'closed',
      time: '',
    });
  });

  it('leaves the dates empty when the announcement has none, and uses one end if only one', () => {
    expect(closurePrefill(announcement('Closed Friday'))).toMatchObject({
      startDate: '',
      endDate: '',
    });
    expect(closurePrefill(announcement('Closed', '', '', '2026-12-25T17:00'))).toMatchObject({
      startDate: '2026-12-25',
      endDate: '2026-12-25',
    });
  });
});
