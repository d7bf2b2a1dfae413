import type { UsageDay } from '../../contract/usage-schema.ts';
import { USAGE_KINDS } from '../../contract/wire.ts';

export const USAGE_CSV_HEADER = 'date,kind,key,count';

// Keys are lower-case names today, so nothing needs quoting; this keeps the export valid CSV
// should that rule ever loosen.
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One row per count, days oldest first, with CRLF line ends as RFC 4180 asks. */
export function usageCsv(days: readonly UsageDay[]): string {
  const rows = days.flatMap(({ date, counts }) =>
    USAGE_KINDS.flatMap((kind) =>
      Object.entries(counts[kind]).map(([key, count]) => [date, kind, key, String(count)]),
    ),
  );
  return [USAGE_CSV_HEADER, ...rows.map((row) => row.map(cell).join(','))]
    .map((line) => `${line}\r\n`)
    .join('');
}
