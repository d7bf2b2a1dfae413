import { usageName } from '../../../electron/contract/usage-names.ts';
import type { UsageDay, UsageKind } from '../../../electron/contract/usage-schema.ts';
import { totals } from './usage-summary.ts';

/** A table's rows shown before "Show all": a screen's worth, largest first. */
export const USAGE_ROWS_SHOWN = 8;

export interface UsageRow {
  /** The code, for React's key only: staff read `name`. */
  key: string;
  name: string;
  count: number;
}

/** Totals for one kind, in words, largest first; `titles` names the programs. */
export function usageRows(
  days: readonly UsageDay[],
  kind: UsageKind,
  titles: Readonly<Record<string, string>>,
): UsageRow[] {
  return totals(days, kind).map(([key, count]) => ({
    key,
    name: usageName(kind, key, titles),
    count,
  }));
}
