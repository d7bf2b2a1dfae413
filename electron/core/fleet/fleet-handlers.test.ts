import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../contract/errors.ts';
import { FleetRow } from '../../contract/fleet-schema.ts';
import type { AdminServices } from '../admin/admin-services.ts';
import { refusal } from '../test-support/refusal.ts';
import { NO_STATUS_FOLDER, NOT_PUBLISHING_PC, createFleetHandlers } from './fleet-handlers.ts';

const NOW = Date.parse('2026-12-06T12:00:00.000Z');
const MIN = 60_000;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fleet-handlers-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Admin services that accept only the token "good". */
const services: AdminServices = {
  sessions: {
    signIn: () => Promise.reject(new Error('not used')),
    signOut: () => Promise.resolve(),
    status: () => Promise.reject(new Error('not used')),
    async require(token) {
      if (token !== 'good') throw new ApiError('unauthorized', 'Admin is signed out.');
      return { startedAt: 0, expiresAt: 1 };
    },
  },
  audit: { append: () => Promise.resolve(), read: () => Promise.reject(new Error('not used')) },
};

async function put(name: string, body: unknown, ageMs: number): Promise<void> {
  const path = join(dir, name);
  await writeFile(path, typeof body === 'string' ? body : JSON.stringify(body));
  const at = new Date(NOW - ageMs);
  await utimes(path, at, at);
}

function statusOf(kioskName: string, central: unknown = null) {
  return {
    format: 1,
    kioskName,
    appVersion: '1.4.2',
    shell: 'electron',
    contentRevision: 12,
    central,
    lastError: null,
    uptimeSeconds: 3600,
    writtenAt: '2026-12-06T11:59:00.000Z',
  };
}

describe('readFleetStatus', () => {
  it("judges the policy's statusFolder by the core's clock, one row a kiosk", async () => {
    await put('Lobby A.json', statusOf('Lobby A'), 30_000);
    await put(
      'Lobby B.json',
      statusOf('Lobby B', {
        version: 7,
        behind: true,
        behindSince: '2026-12-06T07:00:00.000Z',
        reason: 'The manifest signature does not match any pinned public key.',
      }),
      4 * MIN,
    );
    await put(
      'Lobby C.json',
      statusOf('Lobby C', {
        version: 9,
        behind: false,
        behindSince: null,
        reason: null,
        keptLocal: true,
      }),
      16 * MIN,
    );
    await put('Lobby D.json', '{"format":', 0);
    const { readFleetStatus } = createFleetHandlers(
      true,
      { statusFolder: dir },
      services,
      () => NOW,
    );
    const { rows, judgedAt } = await readFleetStatus({ token: 'good' });
    expect(judgedAt).toBe('2026-12-06T12:00:00.000Z');
    expect(rows.map((row) => FleetRow.parse(row))).toEqual(rows);
    expect(rows).toEqual([
      {
        kioskName: 'Lobby A',
        state: 'ok',
        ageSeconds: 30,
        clockAhead: false,
        appVersion: '1.4.2',
        contentRevision: 12,
        centralVersion: null,
        behindReason: null,
        keptLocal: false,
        problem: null,
      },
      {
        kioskName: 'Lobby B',
        state: 'late',
        ageSeconds: 240,
        clockAhead: false,
        appVersion: '1.4.2',
        contentRevision: 12,
        centralVersion: 7,
        behindReason: 'The manifest signature does not match any pinned public key.',
        keptLocal: false,
        problem: null,
      },
      expect.objectContaining({
        kioskName: 'Lobby C',
        state: 'down',
        ageSeconds: 960,
        centralVersion: 9,
        keptLocal: true,
      }),
      {
        kioskName: 'Lobby D',
        state: 'unreadable',
        ageSeconds: null,
        clockAhead: false,
        appVersion: null,
        contentRevision: null,
        centralVersion: null,
        behindReason: null,
        keptLocal: false,
        problem: 'Lobby D.json is not valid JSON (a write cut short, or not a status file)',
      },
    ]);
  });

  it('flags a file time far ahead of the clock', async () => {
    await put('Lobby A.json', statusOf('Lobby A'), -10 * MIN);
    const { readFleetStatus } = createFleetHandlers(
      true,
      { statusFolder: dir },
      services,
      () => NOW,
    );
    const { rows } = await readFleetStatus({ token: 'good' });
    expect(rows[0]).toMatchObject({ state: 'ok', ageSeconds: 0, clockAhead: true });
  });

  it('needs an admin session', async () => {
    const { readFleetStatus } = createFleetHandlers(
      true,
      { statusFolder: dir },
      services,
      () => NOW,
    );
    expect((await refusal(readFleetStatus({ token: 'bad' }))).code).toBe('unauthorized');
  });

  it('is refused, in words, on a kiosk', async () => {
    const { readFleetStatus } = createFleetHandlers(
      false,
      { statusFolder: dir },
      services,
      () => NOW,
    );
    const error = await refusal(readFleetStatus({ token: 'good' }));
    expect([error.code, error.message]).toEqual(['forbidden', NOT_PUBLISHING_PC]);
  });

  it("asks IT for the statusFolder when the publishing PC's policy has none", async () => {
    const { readFleetStatus } = createFleetHandlers(true, {}, services, () => NOW);
    const error = await refusal(readFleetStatus({ token: 'good' }));
    expect([error.code, error.message]).toEqual(['bad_request', NO_STATUS_FOLDER]);
  });

  it('says what to check when the folder cannot be listed', async () => {
    const missing = join(dir, 'not-there');
    const { readFleetStatus } = createFleetHandlers(
      true,
      { statusFolder: missing },
      services,
      () => NOW,
    );
    const error = await refusal(readFleetStatus({ token: 'good' }));
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain(`Check that this PC can open ${missing}`);
  });
});
