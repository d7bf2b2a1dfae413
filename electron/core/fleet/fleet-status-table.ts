import { FLEET_STATUS_EXTENSION } from './fleet-status-file.ts';
import {
  CLOCK_AHEAD_TOLERANCE_MS,
  DOWN_AFTER_MS,
  LATE_AFTER_MS,
  type KioskState,
} from './judge-age.ts';
import type { KioskRow } from './read-fleet-status.ts';

export interface FleetReport {
  /** 0 every kiosk OK; 1 any late, down or unreadable, or none at all. */
  exitCode: number;
  text: string;
}

const HEADINGS = ['Kiosk', 'State', 'Age', 'App', 'Content', 'Behind central'];
const MINUTE = 60_000;

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
    `Judged by each file's modification time as this computer sees it (now ${utc(nowMs)}): late after ${LATE_AFTER_MS / MINUTE} min without a new status, down after ${DOWN_AFTER_MS / MINUTE} min.`,
    `Clock skew: a file time up to ${CLOCK_AHEAD_TOLERANCE_MS / MINUTE} min ahead of this computer's clock counts as just written; further ahead it counts as just written too but is flagged "clock ahead" (set the time on the file server, the kiosk and this computer).`,
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
      : `central v${central.version ?? ' none yet'}`;
  const behind =
    central?.behind === true
      ? `since ${central.behindSince === null ? '?' : utc(Date.parse(central.behindSince))}: ${central.reason ?? 'no reason given'}`
      : '-';
  return [row.kioskName, state, age(row.ageMs), status.appVersion, content, behind];
}

function age(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d`;
}

function utc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
