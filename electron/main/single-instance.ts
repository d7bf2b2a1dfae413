import { app, type BrowserWindow } from 'electron';

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
