import { describe, expect, it } from 'vitest';
import { crashPublishing } from './crash-harness.ts';

describe('publishing survives SIGKILL at any moment', () => {
  it('keeps content.json whole and never loses an acknowledged publish, over 200 kills', async () => {
    const report = await crashPublishing(200);
    console.info(
      `crash harness: ${report.kills} kills, ${report.acknowledged} acknowledged publishes, ${report.midWrite} kills mid-write`,
    );
    expect(report.failures).toEqual([]);
    expect(report.kills).toBe(200);
    // The kills must land in the publish loop, or the run proves nothing.
    expect(report.acknowledged).toBeGreaterThan(100);
    expect(report.midWrite).toBeGreaterThan(20);
  }, 180_000);
});
