import { describe, expect, it } from 'vitest';
import { BENCH_CHECKPOINTS, soakCheckpoints } from './memory-checkpoints.ts';

describe('soakCheckpoints', () => {
  it("takes the bench's points, then every thousand, up to 10,000", () => {
    expect(soakCheckpoints(10_000)).toEqual([
      ...BENCH_CHECKPOINTS,
      2000,
      3000,
      4000,
      5000,
      6000,
      7000,
      8000,
      9000,
      10_000,
    ]);
  });

  it('ends on the last visitor of a short soak', () => {
    expect(soakCheckpoints(60)).toEqual([20, 60]);
    expect(soakCheckpoints(1500)).toEqual([20, 100, 500, 1000, 1500]);
    expect(soakCheckpoints(20)).toEqual([20]);
  });
});
