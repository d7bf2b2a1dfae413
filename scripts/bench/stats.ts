export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export interface Row {
  measure: string;
  figure: string;
  target: string;
  verdict: 'within' | 'over' | '';
}

export function printTable(rows: readonly Row[]): void {
  const widths = [46, 34, 16, 7];
  const line = (cells: string[]) =>
    cells.map((cell, i) => cell.padEnd(widths[i] ?? 10)).join(' | ');
  process.stdout.write(`${line(['measure', 'figure', 'target', 'verdict'])}\n`);
  process.stdout.write(`${widths.map((w) => '-'.repeat(w)).join('-|-')}\n`);
  for (const row of rows) {
    process.stdout.write(`${line([row.measure, row.figure, row.target, row.verdict])}\n`);
  }
}
