import { describe, expect, it } from 'vitest';
import { dateAfterKey, monthGrid, monthOf, shiftMonth } from './picker-calendar.ts';

describe('the month calendar', () => {
  it('lays December 2026 out from Sunday, padded with the neighbouring months', () => {
    const weeks = monthGrid('2026-12');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]!.map((d) => d.date)).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
    ]);
    expect(weeks[0]![0]!.inMonth).toBe(false);
    expect(weeks[0]![2]).toEqual({ date: '2026-12-01', day: 1, inMonth: true });
    expect(weeks[4]!.at(-1)).toEqual({ date: '2027-01-02', day: 2, inMonth: false });
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(31);
  });

  it('gives a February that starts on Sunday four rows', () => {
    expect(monthGrid('2026-02')).toHaveLength(4);
    expect(
      monthGrid('2028-02')
        .flat()
        .filter((d) => d.inMonth),
    ).toHaveLength(29);
  });

  it('moves by months across a year', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2026-05', -17)).toBe('2024-12');
    expect(monthOf('2026-12-24')).toBe('2026-12');
  });

  it('moves a day with the side arrows and a week with up and down', () => {
    expect(dateAfterKey('2026-12-31', 'ArrowRight')).toBe('2027-01-01');
    expect(dateAfterKey('2026-12-01', 'ArrowLeft')).toBe('2026-11-30');
    expect(dateAfterKey('2026-12-03', 'ArrowUp')).toBe('2026-11-26');
    expect(dateAfterKey('2026-12-28', 'ArrowDown')).toBe('2027-01-04');
    expect(dateAfterKey('2026-12-28', 'Enter')).toBeNull();
  });
});
