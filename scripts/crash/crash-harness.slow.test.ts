import { describe, expect, it } from 'vitest';
import { crashPublishing } from './crash-harness.ts';

const KILLS = 200;
// Vitest reads 0 as no timeout: the run is counted in kills, not raced against a clock, so it
// takes whatever 200 lives take on the machine running it.
const NO_TIME_LIMIT = 0;

describe('publishing survives SIGKILL at any moment', () => {
  it(
    `keeps content.json whole and never loses an acknowledged publish, over ${KILLS} kills`,
    async () => {
      const report = await crashPublishing(KILLS);
      console.info(
        `crash harness: ${report.kills} kills, ${report.acknowledged} acknowledged publishes, ${report.midWrite} kills mid-write`,
      );
      expect(report.failures).toEqual([]);
      expect(report.kills).toBe(KILLS);
      // Each life acknowledges a publish before its kill, or nothing acknowledged was at risk.
      expect(report.acknowledged).toBeGreaterThanOrEqual(KILLS);
      // Publishing is much of the loop, so many kills land in one, or the run proves little.
      expect(report.midWrite).toBeGreaterThan(20);
    },
    NO_TIME_LIMIT,
  );
});
