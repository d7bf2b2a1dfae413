import type { OperationOutput } from '../../../electron/contract/api.ts';
import type { FleetRow } from '../../../electron/contract/fleet-schema.ts';
import {
  ageInWords,
  centralVersionWords,
  fleetThresholdWords,
} from '../../../electron/contract/fleet-words.ts';

export type FleetStatus = OperationOutput<'readFleetStatus'>;

/** One kiosk's line as staff read it: every cell in words, the state never by colour alone. */
export interface FleetLine {
  kioskName: string;
  state: FleetRow['state'];
  stateWords: string;
  age: string;
  app: string;
  content: string;
  behind: string;
}

const STATE_WORDS: Record<FleetRow['state'], string> = {
  ok: 'OK',
  late: 'Late',
  down: 'Down',
  unreadable: 'Unreadable',
};

/** The Kiosks section's table and footer, with the same threshold words as `fleet-status`. */
export function fleetTable({ rows, judgedAt }: FleetStatus): {
  lines: FleetLine[];
  footer: string[];
} {
  const count = (state: FleetRow['state']) => rows.filter((row) => row.state === state).length;
  const summary =
    rows.length === 0
      ? "No kiosk has written its status to the folder yet. A kiosk writes there when IT's policy names this folder as its statusFolder, with a kioskName."
      : `${rows.length} kiosk${rows.length === 1 ? '' : 's'}: ${count('ok')} OK, ${count('late')} late, ${count('down')} down, ${count('unreadable')} unreadable.`;
  return {
    lines: rows.map(lineOf),
    footer: [summary, ...fleetThresholdWords(Date.parse(judgedAt))],
  };
}

function lineOf(row: FleetRow): FleetLine {
  const stateWords = STATE_WORDS[row.state] + (row.clockAhead ? ' (clock ahead)' : '');
  if (row.state === 'unreadable') {
    return {
      kioskName: row.kioskName,
      state: row.state,
      stateWords,
      age: '-',
      app: '-',
      content: '-',
      behind: row.problem ?? '-',
    };
  }
  const content =
    row.centralVersion !== null
      ? centralVersionWords(row.centralVersion, row.keptLocal)
      : row.contentRevision !== null
        ? `rev ${row.contentRevision}`
        : '-';
  return {
    kioskName: row.kioskName,
    state: row.state,
    stateWords,
    age: row.ageSeconds === null ? '-' : ageInWords(row.ageSeconds * 1000),
    app: row.appVersion ?? '-',
    content,
    behind: row.behindReason ?? '-',
  };
}
