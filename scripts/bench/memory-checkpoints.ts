/** Where the bench takes its memory points: a baseline, then three to show a trend or a level. */
export const BENCH_CHECKPOINTS = [20, 100, 500, 1000] as const;

/**
 * The soak's points: the bench's (so the two tables line up), then every thousand visitors,
 * and the last visitor whatever the count.
 */
export function soakCheckpoints(visitors: number): number[] {
  const points = new Set<number>();
  for (const n of BENCH_CHECKPOINTS) if (n < visitors) points.add(n);
  for (let n = 2000; n < visitors; n += 1000) points.add(n);
  points.add(visitors);
  return [...points].sort((a, b) => a - b);
}
