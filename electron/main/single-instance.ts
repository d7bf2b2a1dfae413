import { app, type BrowserWindow } from 'electron';
import type { Logger } from '../core/index.ts';
import type { Supervision } from './supervision.ts';

/**
 * One kiosk per machine: a second launch (a double-click, an auto-start racing a person)
 * brings the running kiosk to the front and quits. Returns false in that second launch.
 */
export function claimSingleInstance(currentWindow: () => BrowserWindow | undefined): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = currentWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}

/**
 * The second launch goes, the running kiosk having been brought to the front. On its own it
 * quits quietly; supervised it exits non-zero at once, so the supervisor sees that the launch
 * it made is not the kiosk that runs.
 */
export function leaveAsSecondInstance(supervision: Supervision, log: Logger): void {
  if (!supervision.supervised) {
    log.info('The kiosk is already running on this data folder: it was brought to the front.');
    app.quit();
    return;
  }
  const code = supervision.secondInstanceExitCode;
  log.error(
    `The kiosk is already running on this data folder: this launch exits with code ${code}. If this repeats, something besides the supervisor starts the kiosk (turn autoStart off in the policy).`,
  );
  app.exit(code);
}
