import { describe, expect, it } from 'vitest';
import { totals, visitsPerDay } from './usage-summary.ts';

const day = (date: string, screen: Record<string, number>, program: Record<string, number>) => ({
  date,
  counts: { screen, program, language: {}, feature: {} },
});

const days = [
  day('2026-12-01', { home: 3, search: 1 }, { contracts: 2 }),
  day('2026-12-02', { home: 5 }, { contracts: 1, library: 4 }),
];

describe('usage summary', () => {
  it('counts visits per day by home screens shown', () => {
    expect(visitsPerDay(days)).toEqual([
      { date: '2026-12-01', visits: 3 },
      { date: '2026-12-02', visits: 5 },
    ]);
  });

  it('adds up a kind over the days, largest first', () => {
    expect(totals(days, 'program')).toEqual([
      ['library', 4],
      ['contracts', 3],
    ]);
    expect(totals(days, 'feature')).toEqual([]);
  });
});
