import { usageName } from '../../contract/usage-names.ts';
import type { UsageDay } from '../../contract/usage-schema.ts';
import { USAGE_KINDS } from '../../contract/wire.ts';

export const USAGE_CSV_HEADER = 'date,kind,key,name,count';

// Keys are lower-case names today, so nothing needs quoting; this keeps the export valid CSV
// should that rule ever loosen.
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * One row per count, days oldest first, with CRLF line ends as RFC 4180 asks. The code stays
 * in a column of its own, for spreadsheets that follow a program across renames; the name
 * beside it is what staff read (`titles`: program id to title).
 */
export function usageCsv(
  days: readonly UsageDay[],
  titles: Readonly<Record<string, string>> = {},
): string {
  const rows = days.flatMap(({ date, counts }) =>
    USAGE_KINDS.flatMap((kind) =>
      Object.entries(counts[kind]).map(([key, count]) => [
        date,
        kind,
        key,
        usageName(kind, key, titles),
        String(count),
      ]),
    ),
  );
  return [USAGE_CSV_HEADER, ...rows.map((row) => row.map(cell).join(','))]
    .map((line) => `${line}\r\n`)
    .join('');
}
