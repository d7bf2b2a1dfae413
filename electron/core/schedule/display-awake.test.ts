import { describe, expect, it } from 'vitest';
import type { DisplaySchedule } from '../../contract/policy-schema.ts';
import { displayAwakeAt } from './display-awake.ts';
import { localTimeIn } from './test-support/local-time-in.ts';

// The lobby's own zone, which keeps daylight saving time. In 2026 its clocks go forward on
// Sunday 8 March (02:00 PST -> 03:00 PDT) and back on Sunday 1 November (02:00 PDT -> 01:00 PST).
const lobby = localTimeIn('America/Los_Angeles');
const WEEKDAYS_ONLY: DisplaySchedule = {
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  from: '07:30',
  until: '17:30',
};

const at = (iso: string, schedule = WEEKDAYS_ONLY, clock = lobby) => {
  const { awake, nextChange } = displayAwakeAt(schedule, new Date(iso), clock);
  return { awake, nextChange: nextChange?.toISOString() };
};
const utc = (iso: string) => new Date(iso).toISOString();

describe('without a schedule', () => {
  it('keeps the display awake for good, as the kiosk always has', () => {
    expect(displayAwakeAt(undefined, new Date('2026-03-03T03:00:00-08:00'), lobby)).toEqual({
      awake: true,
      nextChange: null,
    });
  });
});

describe('within one day (Tuesday 3 March 2026, Pacific time)', () => {
  it('before opening: asleep until 07:30', () => {
    expect(at('2026-03-03T06:00:00-08:00')).toEqual({
      awake: false,
      nextChange: utc('2026-03-03T07:30:00-08:00'),
    });
  });

  it('during opening hours: awake until 17:30', () => {
    expect(at('2026-03-03T10:15:42-08:00')).toEqual({
      awake: true,
      nextChange: utc('2026-03-03T17:30:00-08:00'),
    });
  });

  it('counts "from" in and "until" out, to the second', () => {
    expect(at('2026-03-03T07:29:59.500-08:00')).toEqual({
      awake: false,
      nextChange: utc('2026-03-03T07:30:00-08:00'),
    });
    expect(at('2026-03-03T07:30:00-08:00').awake).toBe(true);
    expect(at('2026-03-03T17:29:59.999-08:00')).toEqual({
      awake: true,
      nextChange: utc('2026-03-03T17:30:00-08:00'),
    });
    expect(at('2026-03-03T17:30:00-08:00').awake).toBe(false);
  });
});

describe('across midnight and days off', () => {
  it('after closing: asleep over midnight until 07:30 the next morning', () => {
    expect(at('2026-03-03T20:00:00-08:00')).toEqual({
      awake: false,
      nextChange: utc('2026-03-04T07:30:00-08:00'),
    });
    expect(at('2026-03-04T00:00:00-08:00').nextChange).toBe(utc('2026-03-04T07:30:00-08:00'));
  });

  it('on Friday evening: asleep over the weekend until Monday 07:30', () => {
    expect(at('2026-02-27T17:30:00-08:00')).toEqual({
      awake: false,
      nextChange: utc('2026-03-02T07:30:00-08:00'),
    });
    expect(at('2026-02-28T12:00:00-08:00').nextChange).toBe(utc('2026-03-02T07:30:00-08:00'));
  });

  it('with one day a week: a whole week ahead', () => {
    const wednesdays: DisplaySchedule = { days: ['wed'], from: '09:00', until: '12:00' };
    expect(at('2026-03-04T12:00:00-08:00', wednesdays)).toEqual({
      awake: false,
      nextChange: utc('2026-03-11T09:00:00-07:00'),
    });
  });

  it('until 23:59 and from 00:00: asleep for the last minute of the day only', () => {
    const allDay: DisplaySchedule = { days: ['tue', 'wed'], from: '00:00', until: '23:59' };
    expect(at('2026-03-03T23:59:00-08:00', allDay)).toEqual({
      awake: false,
      nextChange: utc('2026-03-04T00:00:00-08:00'),
    });
  });
});

describe('daylight saving time follows the wall clock', () => {
  it('the weekend the clocks go forward: Monday 07:30 PDT, not an hour late', () => {
    expect(at('2026-03-06T18:00:00-08:00')).toEqual({
      awake: false,
      nextChange: '2026-03-09T14:30:00.000Z',
    });
  });

  it('the weekend the clocks go back: Monday 07:30 PST, not an hour early', () => {
    expect(at('2026-10-30T18:00:00-07:00')).toEqual({
      awake: false,
      nextChange: '2026-11-02T15:30:00.000Z',
    });
  });

  it('awake across the change: until 17:30 on the new time', () => {
    const sundays: DisplaySchedule = { days: ['sun'], from: '00:30', until: '17:30' };
    expect(at('2026-03-08T01:00:00-08:00', sundays)).toEqual({
      awake: true,
      nextChange: utc('2026-03-08T17:30:00-07:00'),
    });
  });

  it('a "from" in the hour that is skipped: awake the moment the clock jumps to 03:00', () => {
    const night: DisplaySchedule = { days: ['sun'], from: '02:30', until: '04:00' };
    expect(at('2026-03-08T00:00:00-08:00', night)).toEqual({
      awake: false,
      nextChange: '2026-03-08T10:00:00.000Z',
    });
  });

  it('a window in the hour that repeats: awake again when 01:00 comes round a second time', () => {
    const night: DisplaySchedule = { days: ['sun'], from: '01:00', until: '01:30' };
    expect(at('2026-11-01T01:40:00-07:00', night)).toEqual({
      awake: false,
      nextChange: utc('2026-11-01T01:00:00-08:00'),
    });
  });

  it('in another zone with other dates (Berlin goes forward on Sunday 29 March 2026)', () => {
    const berlin = localTimeIn('Europe/Berlin');
    expect(at('2026-03-27T18:00:00+01:00', WEEKDAYS_ONLY, berlin)).toEqual({
      awake: false,
      nextChange: '2026-03-30T05:30:00.000Z',
    });
  });
});

describe('a clock that is broken', () => {
  it('is refused in plain words instead of looping for ever', () => {
    const stopped = () => ({ weekday: 'tue' as const, hour: 10, minute: 0, second: 0 });
    expect(() => displayAwakeAt(WEEKDAYS_ONLY, new Date(), stopped)).toThrow(
      'The display schedule never changes on this clock',
    );
  });
});
