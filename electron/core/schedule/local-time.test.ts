import { describe, expect, it } from 'vitest';
import { machineLocalTime } from './local-time.ts';
import { localTimeIn } from './test-support/local-time-in.ts';

describe('machineLocalTime', () => {
  it('reads the wall clock of the machine’s own zone, weeks starting on Monday', () => {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const machine = localTimeIn(zone);
    // A Monday, a Sunday, and moments either side of midnight UTC.
    for (const iso of [
      '2026-03-02T12:34:56Z',
      '2026-03-08T23:59:59Z',
      '2026-03-09T00:00:00Z',
      '2026-07-05T05:06:07Z',
    ]) {
      expect(machineLocalTime(new Date(iso))).toEqual(machine(new Date(iso)));
    }
  });
});

describe('localTimeIn (tests’ clock in a named zone)', () => {
  it('reads weekday, hour, minute and second in that zone', () => {
    expect(localTimeIn('America/Los_Angeles')(new Date('2026-03-09T07:05:09Z'))).toEqual({
      weekday: 'mon',
      hour: 0,
      minute: 5,
      second: 9,
    });
    expect(localTimeIn('Asia/Kolkata')(new Date('2026-03-08T18:30:00Z'))).toEqual({
      weekday: 'mon',
      hour: 0,
      minute: 0,
      second: 0,
    });
  });
});
