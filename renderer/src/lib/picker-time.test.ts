import { describe, expect, it } from 'vitest';
import { joinStamp, partsOf, splitStamp, timeOf, withPart } from './picker-time.ts';

describe('times as the picker shows them', () => {
  it('reads the stored 24-hour time as 12-hour parts', () => {
    expect(partsOf('00:15')).toEqual({ hour: 12, minute: 15, pm: false });
    expect(partsOf('08:00')).toEqual({ hour: 8, minute: 0, pm: false });
    expect(partsOf('12:00')).toEqual({ hour: 12, minute: 0, pm: true });
    expect(partsOf('17:30')).toEqual({ hour: 5, minute: 30, pm: true });
  });

  it('stores the parts in the program’s form', () => {
    expect(timeOf({ hour: 12, minute: 0, pm: false })).toBe('00:00');
    expect(timeOf({ hour: 12, minute: 5, pm: true })).toBe('12:05');
    expect(timeOf({ hour: 5, minute: 30, pm: true })).toBe('17:30');
  });

  it('changes one part at a time, as a tap does', () => {
    expect(withPart('08:00', { pm: true })).toBe('20:00');
    expect(withPart('17:00', { hour: 12 })).toBe('12:00');
    expect(withPart('17:00', { minute: 45 })).toBe('17:45');
    expect(withPart('12:30', { pm: false })).toBe('00:30');
  });

  it('splits and joins an announcement’s date and time, empty for no limit', () => {
    expect(splitStamp('2026-12-11T08:00')).toEqual(['2026-12-11', '08:00']);
    expect(splitStamp('')).toEqual(['', '']);
    expect(joinStamp('2026-12-11', '08:00')).toBe('2026-12-11T08:00');
    expect(joinStamp('', '08:00')).toBe('');
  });
});
