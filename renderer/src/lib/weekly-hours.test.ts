import { describe, expect, it } from 'vitest';
import { copyMondayToWeekdays } from './weekly-hours.ts';

const range = (day: number, opens: string, closes: string) => ({ day, opens, closes });

describe('Copy Monday to weekdays', () => {
  it('gives Tuesday to Friday Monday’s hours, leaving the weekend', () => {
    const weekly = [range(1, '08:00', '17:00'), range(6, '09:00', '12:00')];
    expect(copyMondayToWeekdays(weekly)).toEqual([
      range(1, '08:00', '17:00'),
      range(2, '08:00', '17:00'),
      range(3, '08:00', '17:00'),
      range(4, '08:00', '17:00'),
      range(5, '08:00', '17:00'),
      range(6, '09:00', '12:00'),
    ]);
  });

  it('replaces the weekdays’ own hours, a split day included', () => {
    const weekly = [
      range(0, '10:00', '14:00'),
      range(1, '13:00', '17:00'),
      range(1, '08:00', '12:00'),
      range(3, '07:00', '19:00'),
    ];
    const copied = copyMondayToWeekdays(weekly);
    expect(copied.filter((h) => h.day === 3)).toEqual([
      range(3, '08:00', '12:00'),
      range(3, '13:00', '17:00'),
    ]);
    expect(copied.filter((h) => h.day === 0)).toEqual([range(0, '10:00', '14:00')]);
    expect(copied).toHaveLength(1 + 2 * 5);
  });

  it('closes the weekdays when Monday is closed', () => {
    const weekly = [range(2, '08:00', '17:00'), range(5, '08:00', '17:00')];
    expect(copyMondayToWeekdays(weekly)).toEqual([]);
  });

  it('is pure', () => {
    const weekly = [range(1, '08:00', '17:00')];
    copyMondayToWeekdays(weekly);
    expect(weekly).toEqual([range(1, '08:00', '17:00')]);
  });
});
