import type { Session } from 'electron';

/**
 * The kiosk needs no camera, microphone, location, notifications, USB, serial or HID device,
 * so every request is refused and every check says no (a page may check without asking).
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
