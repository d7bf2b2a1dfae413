import type { Session } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { denyAllPermissions } from './session-guards.ts';
import { resetFakeElectron, session } from './test-support/fake-electron.ts';

vi.mock('electron', () => import('./test-support/fake-electron.ts'));

const ses = session.defaultSession;
beforeEach(() => {
  resetFakeElectron();
  denyAllPermissions(ses as unknown as Session);
});

const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'hid',
  'openExternal',
];

describe('permissions are denied', () => {
  it.each(PERMISSIONS)('a request for %s is refused', (permission) => {
    const answers: boolean[] = [];
    ses.permissionRequestHandler?.({}, permission, (granted: boolean) => answers.push(granted), {});
    expect(answers).toEqual([false]);
  });

  it.each(PERMISSIONS)('a check for %s says no', (permission) => {
    expect(ses.permissionCheckHandler?.(null, permission, 'app://kiosk', {})).toBe(false);
  });

  it('a USB, serial or HID device is refused', () => {
    expect(ses.devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://kiosk' })).toBe(false);
  });
});
