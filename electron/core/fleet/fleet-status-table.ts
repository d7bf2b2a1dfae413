import { FLEET_STATUS_EXTENSION } from './fleet-status-file.ts';
import {
  ageInWords,
  centralVersionWords,
  fleetThresholdWords,
  utcMinute,
} from '../../contract/fleet-words.ts';
import type { KioskState } from './judge-age.ts';
import type { KioskRow } from './read-fleet-status.ts';

export interface FleetReport {
  /** 0 every kiosk OK; 1 any late, down or unreadable, or none at all. */
  exitCode: number;
  text: string;
}

const HEADINGS = ['Kiosk', 'State', 'Age', 'App', 'Content', 'Behind central'];

/**
 * The fleet as a table, one kiosk a line, and a footer that says how it was judged. Shared by
 * `npm run admin -- fleet-status` and the installed app's `--fleet-status`.
 */
export function formatFleetStatus(
  dir: string,
  rows: readonly KioskRow[],
  nowMs: number,
): FleetReport {
  if (rows.length === 0) {
    return {
      exitCode: 1,
      text: `No kiosk status files (*${FLEET_STATUS_EXTENSION}) in ${dir}. A kiosk writes <kioskName>${FLEET_STATUS_EXTENSION} there when its policy names this folder as statusFolder, with a kioskName.`,
    };
  }
  const cells = rows.map(cellsOf);
  const widths = HEADINGS.map((heading, i) =>
    Math.max(heading.length, ...cells.map((row) => row[i]?.length ?? 0)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const count = (state: KioskState | 'unreadable') =>
    rows.filter((row) => row.state === state).length;
  const allOk = count('OK') === rows.length;
  const footer = [
    '',
    `${rows.length} kiosk${rows.length === 1 ? '' : 's'}: ${count('OK')} OK, ${count('late')} late, ${count('down')} down, ${count('unreadable')} unreadable.`,
    ...fleetThresholdWords(nowMs),
  ];
  return {
    exitCode: allOk ? 0 : 1,
    text: [line(HEADINGS), ...cells.map(line), ...footer].join('\n'),
  };
}

function cellsOf(row: KioskRow): string[] {
  if (row.state === 'unreadable') return [row.kioskName, 'unreadable', '-', '-', '-', row.why];
  const { status } = row;
  const state = row.clockAhead ? `${row.state} (clock ahead)` : row.state;
  const central = status.central;
  const content =
    central === null
      ? `rev ${status.contentRevision ?? '?'}`
      : centralVersionWords(central.version, central.keptLocal === true);
  const behind =
    central?.behind === true
      ? `since ${central.behindSince === null ? '?' : utcMinute(Date.parse(central.behindSince))}: ${central.reason ?? 'no reason given'}`
      : '-';
  return [row.kioskName, state, ageInWords(row.ageMs), status.appVersion, content, behind];
}
