import { describe, expect, it } from 'vitest';
import type { FleetRow } from '../../../electron/contract/fleet-schema.ts';
import { fleetTable } from './fleet-table.ts';

const OK: FleetRow = {
  kioskName: 'Lobby A',
  state: 'ok',
  ageSeconds: 42,
  clockAhead: false,
  appVersion: '1.4.2',
  contentRevision: 12,
  centralVersion: null,
  behindReason: null,
  keptLocal: false,
  problem: null,
};
const JUDGED_AT = '2026-12-06T12:00:00.000Z';

describe('fleetTable', () => {
  it('puts every state in words, and clock ahead beside it', () => {
    const { lines } = fleetTable({
      judgedAt: JUDGED_AT,
      rows: [
        OK,
        { ...OK, kioskName: 'Lobby B', state: 'late', ageSeconds: 240, clockAhead: true },
        {
          ...OK,
          kioskName: 'Lobby C',
          state: 'down',
          ageSeconds: 3 * 3600 + 300,
          centralVersion: 7,
          behindReason: 'The manifest signature does not match any pinned public key.',
        },
        { ...OK, kioskName: 'Lobby E', centralVersion: 9, keptLocal: true },
        {
          ...OK,
          kioskName: 'Lobby D',
          state: 'unreadable',
          ageSeconds: null,
          appVersion: null,
          contentRevision: null,
          problem: 'Lobby D.json is not valid JSON (a write cut short, or not a status file)',
        },
      ],
    });
    expect(
      lines.map((l) => [l.kioskName, l.stateWords, l.age, l.app, l.content, l.behind]),
    ).toEqual([
      ['Lobby A', 'OK', '42 s', '1.4.2', 'rev 12', '-'],
      ['Lobby B', 'Late (clock ahead)', '4 min', '1.4.2', 'rev 12', '-'],
      [
        'Lobby C',
        'Down',
        '3 h 5 min',
        '1.4.2',
        'central v7',
        'The manifest signature does not match any pinned public key.',
      ],
      ['Lobby E', 'OK', '42 s', '1.4.2', 'central v9, not shown (own edits)', '-'],
      [
        'Lobby D',
        'Unreadable',
        '-',
        '-',
        '-',
        'Lobby D.json is not valid JSON (a write cut short, or not a status file)',
      ],
    ]);
  });

  it('counts the states and says the thresholds as fleet-status does', () => {
    const { footer } = fleetTable({
      judgedAt: JUDGED_AT,
      rows: [OK, { ...OK, kioskName: 'Lobby B', state: 'down' }],
    });
    expect(footer[0]).toBe('2 kiosks: 1 OK, 0 late, 1 down, 0 unreadable.');
    expect(footer[1]).toBe(
      "Judged by each file's modification time as this computer sees it (now 2026-12-06 12:00 UTC): late after 3 min without a new status, down after 15 min.",
    );
    expect(footer[2]).toContain('flagged "clock ahead"');
  });

  it('says what makes a kiosk appear when none has written yet', () => {
    const { lines, footer } = fleetTable({ judgedAt: JUDGED_AT, rows: [] });
    expect(lines).toEqual([]);
    expect(footer[0]).toContain('statusFolder');
  });
});
