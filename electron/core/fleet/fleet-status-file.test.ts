import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fleetStatusPath, fleetStatusPlaceOf } from './fleet-status-file.ts';

describe('fleetStatusPlaceOf', () => {
  it('gives the place only when the policy names both the folder and the kiosk', () => {
    expect(fleetStatusPlaceOf({ kioskName: 'Lobby 2', statusFolder: '/srv/status' })).toEqual({
      folder: '/srv/status',
      kioskName: 'Lobby 2',
    });
    expect(fleetStatusPlaceOf({ kioskName: 'Lobby 2' })).toBeUndefined();
    expect(fleetStatusPlaceOf({ statusFolder: '/srv/status' })).toBeUndefined();
    expect(fleetStatusPlaceOf({})).toBeUndefined();
  });
});

describe('fleetStatusPath', () => {
  it('is the kiosk name with .json, in the status folder', () => {
    expect(fleetStatusPath({ folder: '/srv/status', kioskName: 'Lobby 2' })).toBe(
      join('/srv/status', 'Lobby 2.json'),
    );
  });
});
