import { describe, expect, it } from 'vitest';
import { judgeAge } from './judge-age.ts';

const NOW = Date.parse('2026-12-06T12:00:00.000Z');
const MIN = 60_000;

describe('judgeAge', () => {
  it.each([
    [0, 'OK'],
    [3 * MIN - 1, 'OK'],
    [3 * MIN, 'late'],
    [15 * MIN - 1, 'late'],
    [15 * MIN, 'down'],
    [3 * 24 * 60 * MIN, 'down'],
  ])('a file %i ms old is %s', (age, state) => {
    expect(judgeAge(NOW - age, NOW)).toEqual({ state, ageMs: age, clockAhead: false });
  });

  it('takes a file up to 2 minutes ahead as just written, unflagged', () => {
    expect(judgeAge(NOW + 2 * MIN, NOW)).toEqual({ state: 'OK', ageMs: 0, clockAhead: false });
  });

  it('takes a file further ahead as just written too, but flags the clock', () => {
    expect(judgeAge(NOW + 2 * MIN + 1, NOW)).toEqual({ state: 'OK', ageMs: 0, clockAhead: true });
    expect(judgeAge(NOW + 60 * MIN, NOW)).toEqual({ state: 'OK', ageMs: 0, clockAhead: true });
  });
});
