import { describe, expect, it } from 'vitest';
import type { HeartbeatRecord } from '../ops/heartbeat.ts';
import { FleetStatusRecord, fleetStatusOf, withoutPaths } from './fleet-status-record.ts';

const HEARTBEAT: HeartbeatRecord = {
  version: '1.4.2',
  shell: 'electron',
  pid: 4321,
  startedAt: '2026-12-06T08:00:00.000Z',
  writtenAt: '2026-12-06T09:00:00.000Z',
  uptimeSeconds: 3600,
  intervalSeconds: 60,
  contentRevision: 12,
  memoryMb: { rss: 150.4, heapUsed: 42.1 },
  lastError: {
    message:
      'Could not save C:\\Users\\maria.lopez\\AppData\\Roaming\\ASB Lobby Kiosk\\usage.json: the disk is full (ENOSPC).',
    at: '2026-12-06T08:30:00.000Z',
  },
  problems: ['policy.json: "kioskMode": kioskMode must be true or false (without quotes).'],
  central: {
    location: '\\\\fileserver\\kiosk-bundle',
    version: 7,
    keyId: '1a2b3c4d5e6f7a8b',
    expiresAt: '2026-12-24T08:00:00.000Z',
    lastCheckAt: '2026-12-06T08:59:00.000Z',
    lastAppliedAt: '2026-12-05T08:00:00.000Z',
    behindSince: '2026-12-06T07:00:00.000Z',
    reason: 'The manifest signature does not match any pinned public key.',
  },
};

describe('fleetStatusOf', () => {
  it('holds exactly the listed fields, and nothing else of the heartbeat', () => {
    const status = fleetStatusOf(HEARTBEAT, 'Lobby 2');
    expect(status).toEqual({
      format: 1,
      kioskName: 'Lobby 2',
      appVersion: '1.4.2',
      shell: 'electron',
      contentRevision: 12,
      central: {
        version: 7,
        behind: true,
        behindSince: '2026-12-06T07:00:00.000Z',
        reason: 'The manifest signature does not match any pinned public key.',
        keptLocal: false,
      },
      lastError: {
        message: 'Could not save (a path): the disk is full (ENOSPC).',
        at: '2026-12-06T08:30:00.000Z',
      },
      uptimeSeconds: 3600,
      writtenAt: '2026-12-06T09:00:00.000Z',
    });
    // The file as written: no pid, memory, problems, source location, key or user name.
    const text = JSON.stringify(status);
    for (const absent of [
      '4321',
      'problems',
      'fileserver',
      '1a2b3c4d',
      'maria',
      'Users',
      'memory',
    ]) {
      expect(text).not.toContain(absent);
    }
    expect(FleetStatusRecord.parse(status)).toEqual(status);
  });

  it('says a kiosk that is up to date with its source is not behind, and one without a source null', () => {
    const upToDate = { ...HEARTBEAT.central!, behindSince: null, reason: null };
    expect(fleetStatusOf({ ...HEARTBEAT, central: upToDate }, 'A').central).toEqual({
      version: 7,
      behind: false,
      behindSince: null,
      reason: null,
      keptLocal: false,
    });
    const kept = { ...upToDate, localEditing: 'all' as const, keptLocal: true };
    expect(fleetStatusOf({ ...HEARTBEAT, central: kept }, 'A').central?.keptLocal).toBe(true);
    expect(fleetStatusOf({ ...HEARTBEAT, central: null, lastError: null }, 'A')).toMatchObject({
      central: null,
      lastError: null,
    });
  });

  it('is refused by its schema with any field more', () => {
    const status = { ...fleetStatusOf(HEARTBEAT, 'Lobby 2'), searchText: 'driver license' };
    expect(FleetStatusRecord.safeParse(status).success).toBe(false);
  });
});

describe('withoutPaths', () => {
  it.each([
    [
      'Could not save /home/maria/.config/kiosk/usage.json: the disk is full.',
      'Could not save (a path): the disk is full.',
    ],
    [
      'Could not read C:\\ProgramData\\ASB Lobby Kiosk\\data\\content.json.',
      'Could not read (a path).',
    ],
    [
      'The share \\\\fileserver\\kiosk-bundle\\manifest.json is away.',
      'The share (a path) is away.',
    ],
    [
      'Fetching https://intranet.example/kiosk-bundle/manifest.json failed (404).',
      'Fetching (a path) failed (404).',
    ],
    ['Look in D:/kiosk/logs for more.', 'Look in (a path) for more.'],
  ])('replaces the path in %j', (message, expected) => {
    expect(withoutPaths(message)).toBe(expected);
  });

  it.each([
    'The manifest signature does not match any pinned public key.',
    'Opening hours and/or closures are 08:00-17:00 on 12/24.',
    'Wrong PIN: 3 of 5 attempts left.',
  ])('leaves a message without paths as it was: %j', (message) => {
    expect(withoutPaths(message)).toBe(message);
  });
});
