/** The nearest-rank percentile: a figure that was actually measured. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export interface Spread {
  median: number;
  p95: number;
  count: number;
}

export const spread = (values: readonly number[]): Spread => ({
  median: median(values),
  p95: percentile(values, 95),
  count: values.length,
});
