import { app } from 'electron';
import type { Policy } from '../contract/policy-schema.ts';
import type { Logger } from '../core/index.ts';

/** What the deb's /etc/xdg/autostart entry starts the kiosk with (assets/linux). */
export const LOGIN_START_FLAG = '--login-start';

const LINUX_AUTOSTART =
  'On Linux the kiosk starts at login through the /etc/xdg/autostart entry its package installs; with autoStart: false in policy.json it closes again at once.';

export interface AutoStartOptions {
  policy: Policy;
  /** app.isPackaged: a development run must never register itself to start at login. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  log: Logger;
}

/**
 * Starts the kiosk when the kiosk account logs in (policy.autoStart, default on). Windows and
 * macOS keep that setting per user, so it is written on every start: IT turning it off in
 * policy.json takes effect at the next start. On Linux the package's autostart entry does it.
 */
export function applyAutoStart({ policy, isPackaged, platform, log }: AutoStartOptions): void {
  const openAtLogin = policy.autoStart ?? true;
  if (platform === 'linux') {
    if (openAtLogin) log.info(LINUX_AUTOSTART);
    else log.info(`policy.json's autoStart is false. ${LINUX_AUTOSTART}`);
    return;
  }
  if (platform !== 'win32' && platform !== 'darwin') return;
  if (!isPackaged) {
    log.info('A development run is not registered to start at login.');
    return;
  }
  app.setLoginItemSettings({ openAtLogin });
  log.info(openAtLogin ? 'The kiosk starts at login.' : 'The kiosk does not start at login.');
}

/**
 * Started at login by the deb's autostart entry, which the app cannot remove, while IT's policy
 * turns auto-start off: the kiosk should close at once. (Windows and macOS clear their login
 * item instead, in applyAutoStart.)
 */
export function declinesLoginStart(argv: readonly string[], policy: Policy): boolean {
  return argv.includes(LOGIN_START_FLAG) && policy.autoStart === false;
}
