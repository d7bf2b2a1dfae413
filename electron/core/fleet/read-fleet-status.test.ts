import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FleetStatusRecord } from './fleet-status-record.ts';
import { readFleetStatus } from './read-fleet-status.ts';

const NOW = Date.parse('2026-12-06T12:00:00.000Z');
const MIN = 60_000;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fleet-status-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function statusOf(kioskName: string, extra: Partial<FleetStatusRecord> = {}) {
  return {
    format: 1,
    kioskName,
    appVersion: '1.4.2',
    shell: 'electron',
    contentRevision: 12,
    central: null,
    lastError: null,
    uptimeSeconds: 3600,
    writtenAt: '2026-12-06T11:59:00.000Z',
    ...extra,
  };
}

/** A file as if last written `ageMs` before NOW by the reader's clock (negative: ahead). */
async function put(name: string, text: string, ageMs: number): Promise<void> {
  const path = join(dir, name);
  await writeFile(path, text);
  const at = new Date(NOW - ageMs);
  await utimes(path, at, at);
}

describe('readFleetStatus', () => {
  it('judges each kiosk by its file time as the reader sees it, not by writtenAt', async () => {
    // writtenAt says a minute ago for all three: the kiosks' clocks are not trusted.
    await put('Lobby 1.json', JSON.stringify(statusOf('Lobby 1')), 30_000);
    await put('Lobby 2.json', JSON.stringify(statusOf('Lobby 2')), 4 * MIN);
    await put('Lobby 3.json', JSON.stringify(statusOf('Lobby 3')), 20 * MIN);
    const rows = await readFleetStatus(dir, () => NOW);
    expect(rows.map((row) => [row.kioskName, row.state])).toEqual([
      ['Lobby 1', 'OK'],
      ['Lobby 2', 'late'],
      ['Lobby 3', 'down'],
    ]);
    expect(rows[1]).toMatchObject({
      ageMs: 4 * MIN,
      clockAhead: false,
      status: statusOf('Lobby 2'),
    });
  });

  it('flags a file time more than 2 minutes ahead, and takes it as just written', async () => {
    await put('Ahead.json', JSON.stringify(statusOf('Ahead')), -10 * MIN);
    await put('Near.json', JSON.stringify(statusOf('Near')), -MIN);
    const rows = await readFleetStatus(dir, () => NOW);
    expect(rows).toMatchObject([
      { kioskName: 'Ahead', state: 'OK', ageMs: 0, clockAhead: true },
      { kioskName: 'Near', state: 'OK', ageMs: 0, clockAhead: false },
    ]);
  });

  it('lists a file that is no kiosk status as unreadable, saying why', async () => {
    await put('Torn.json', '{"format": 1, "kiosk', 0);
    await put('Other.json', JSON.stringify({ hello: 'world' }), 0);
    await put('Copy.json', JSON.stringify(statusOf('Lobby 1')), 0);
    await put('Extra.json', JSON.stringify({ ...statusOf('Extra'), searchText: 'x' }), 0);
    await put('Big.json', ' '.repeat(65 * 1024), 0);
    const rows = await readFleetStatus(dir, () => NOW);
    expect(rows).toEqual([
      {
        file: 'Big.json',
        kioskName: 'Big',
        state: 'unreadable',
        why: 'too large to be a status file',
      },
      {
        file: 'Copy.json',
        kioskName: 'Copy',
        state: 'unreadable',
        why: 'it is the status of "Lobby 1", not of "Copy"',
      },
      {
        file: 'Extra.json',
        kioskName: 'Extra',
        state: 'unreadable',
        why: expect.stringMatching(/^not a kiosk status file \(.*searchText/),
      },
      {
        file: 'Other.json',
        kioskName: 'Other',
        state: 'unreadable',
        why: expect.stringMatching(/^not a kiosk status file \(/),
      },
      {
        file: 'Torn.json',
        kioskName: 'Torn',
        state: 'unreadable',
        why: 'not valid JSON (a write cut short, or not a status file)',
      },
    ]);
  });

  it('passes over temp files, other files and folders', async () => {
    await put('Lobby 1.json', JSON.stringify(statusOf('Lobby 1')), 0);
    await put('.Lobby 1.json.1a2b3c4d.tmp', '{', 0);
    await put('notes.txt', 'hello', 0);
    await mkdir(join(dir, 'old.json'));
    expect((await readFleetStatus(dir, () => NOW)).map((row) => row.file)).toEqual([
      'Lobby 1.json',
    ]);
  });

  it('throws when the folder itself cannot be read', async () => {
    await expect(readFleetStatus(join(dir, 'missing'), () => NOW)).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});
