import { describe, expect, it } from 'vitest';
import { formatFleetStatus } from './fleet-status-table.ts';
import type { FleetStatusRecord } from './fleet-status-record.ts';
import type { KioskRow } from './read-fleet-status.ts';

type ReadRow = Extract<KioskRow, { status: FleetStatusRecord }>;

const NOW = Date.parse('2026-12-06T12:00:00.000Z');
const MIN = 60_000;

const status = (kioskName: string, extra: Partial<FleetStatusRecord> = {}): FleetStatusRecord => ({
  format: 1,
  kioskName,
  appVersion: '1.4.2',
  shell: 'electron',
  contentRevision: 12,
  central: null,
  lastError: null,
  uptimeSeconds: 60,
  writtenAt: '2026-12-06T11:59:00.000Z',
  ...extra,
});
const row = (
  kioskName: string,
  state: 'OK' | 'late' | 'down',
  ageMs: number,
  extra = {},
): ReadRow => ({
  file: `${kioskName}.json`,
  kioskName,
  status: status(kioskName, extra),
  state,
  ageMs,
  clockAhead: false,
});

const FOOTER = [
  "Judged by each file's modification time as this computer sees it (now 2026-12-06 12:00 UTC): late after 3 min without a new status, down after 15 min.",
  'Clock skew: a file time up to 2 min ahead of this computer\'s clock counts as just written; further ahead it counts as just written too but is flagged "clock ahead" (set the time on the file server, the kiosk and this computer).',
];

describe('formatFleetStatus', () => {
  it('prints one line a kiosk, with what each is behind on, and exit 1 when any is not OK', () => {
    const behind = {
      version: 6,
      behind: true,
      behindSince: '2026-12-06T07:00:00.000Z',
      reason: 'The manifest signature does not match any pinned public key.',
    };
    const report = formatFleetStatus(
      '/srv/status',
      [
        row('Lobby 1', 'OK', 40_000, {
          central: { version: 7, behind: false, behindSince: null, reason: null },
        }),
        row('Lobby 2', 'late', 4 * MIN + 5_000, { central: behind, appVersion: '1.4.1' }),
        row('Sacramento front desk', 'down', 3 * 60 * MIN),
        { file: 'x.json', kioskName: 'x', state: 'unreadable', why: 'not valid JSON' },
      ],
      NOW,
    );
    expect(report.exitCode).toBe(1);
    expect(report.text.split('\n')).toEqual([
      'Kiosk                  State       Age        App    Content     Behind central',
      'Lobby 1                OK          40 s       1.4.2  central v7  -',
      'Lobby 2                late        4 min      1.4.1  central v6  since 2026-12-06 07:00 UTC: The manifest signature does not match any pinned public key.',
      'Sacramento front desk  down        3 h 0 min  1.4.2  rev 12      -',
      'x                      unreadable  -          -      -           not valid JSON',
      '',
      '4 kiosks: 1 OK, 1 late, 1 down, 1 unreadable.',
      ...FOOTER,
    ]);
  });

  it('exits 0 when every kiosk is OK, and flags a clock ahead without failing', () => {
    const report = formatFleetStatus(
      '/srv/status',
      [row('A', 'OK', 0), { ...row('B', 'OK', 0), clockAhead: true }],
      NOW,
    );
    expect(report.exitCode).toBe(0);
    expect(report.text).toContain('B      OK (clock ahead)  0 s');
    expect(report.text).toContain('2 kiosks: 2 OK, 0 late, 0 down, 0 unreadable.');
  });

  it("says when a kiosk's own edits keep a central version from visitors (mode all)", () => {
    const central = { version: 9, behind: false, behindSince: null, reason: null };
    const report = formatFleetStatus(
      '/srv/status',
      [
        row('A', 'OK', 0, { central: { ...central, keptLocal: true } }),
        row('B', 'OK', 0, { central }),
      ],
      NOW,
    );
    expect(report.text).toContain('central v9, not shown (own edits)');
    expect(report.text.match(/not shown/g)).toHaveLength(1);
  });

  it('says so, and exits 1, when the folder holds no status file', () => {
    expect(formatFleetStatus('/srv/status', [], NOW)).toEqual({
      exitCode: 1,
      text: 'No kiosk status files (*.json) in /srv/status. A kiosk writes <kioskName>.json there when its policy names this folder as statusFolder, with a kioskName.',
    });
  });

  it('gives ages in days past two days', () => {
    expect(formatFleetStatus('/s', [row('A', 'down', 50 * 60 * MIN)], NOW).text).toContain('2 d');
  });
});
