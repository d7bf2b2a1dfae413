import type { UsageDay, UsageKind } from '../../../electron/contract/usage-schema.ts';

/** Visits per day: each visit passes the home screen once. */
export function visitsPerDay(days: readonly UsageDay[]): Array<{ date: string; visits: number }> {
  return days.map((day) => ({ date: day.date, visits: day.counts.screen?.home ?? 0 }));
}

/** Totals over all days for one kind, largest first. */
export function totals(days: readonly UsageDay[], kind: UsageKind): Array<[string, number]> {
  const sum = new Map<string, number>();
  for (const day of days) {
    for (const [key, count] of Object.entries(day.counts[kind] ?? {})) {
      sum.set(key, (sum.get(key) ?? 0) + count);
    }
  }
  return [...sum].sort((a, b) => b[1] - a[1]);
}
