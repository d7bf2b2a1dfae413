import type { BrowserWindowConstructorOptions } from 'electron';

export interface KioskWindowSettings {
  /** The bundled preload (dist/electron/preload.cjs). */
  preloadPath: string;
  /** app.isPackaged: an installed kiosk never opens developer tools. */
  isPackaged: boolean;
}

/**
 * Every security-relevant preference is written out, even where it is Electron's default, so
 * that a change of default or a careless edit shows up here and fails a test.
 */
export function kioskWindowOptions({
  preloadPath,
  isPackaged,
}: KioskWindowSettings): BrowserWindowConstructorOptions {
  return {
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    backgroundColor: '#f3f5f8',
    title: 'ASB Lobby Kiosk',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A middle click would otherwise try to open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      navigateOnDragDrop: false,
      disableDialogs: true,
      devTools: !isPackaged,
    },
  };
}
