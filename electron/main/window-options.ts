import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export interface KioskWindowSettings {
  /** The bundled preload (dist/electron/preload.cjs). */
  preloadPath: string;
  /** app.isPackaged: an installed kiosk never opens developer tools. */
  isPackaged: boolean;
  /** policy.kioskMode (default true); false gives IT an ordinary window to leave, for maintenance. */
  kioskMode: boolean;
}

/** Full screen with no frame; the window keeper opens it again if it ever closes. */
const KIOSK_WINDOW: BrowserWindowConstructorOptions = {
  kiosk: true,
  fullscreen: true,
  frame: false,
  autoHideMenuBar: true,
};

/** An ordinary window IT can move, resize and close; closing it quits the kiosk. */
const MAINTENANCE_WINDOW: BrowserWindowConstructorOptions = {
  kiosk: false,
  fullscreen: false,
  frame: true,
  resizable: true,
  closable: true,
  width: 1280,
  height: 800,
  autoHideMenuBar: true,
};

/**
 * Every security-relevant preference is written out, even where it is Electron's default, so
 * that a change of default or a careless edit shows up here and fails a test. Every window of
 * the app (the kiosk's, IT's PIN hash window) is locked down by these same preferences.
 */
export function lockedWebPreferences({
  preloadPath,
  isPackaged,
}: Pick<KioskWindowSettings, 'preloadPath' | 'isPackaged'>): WebPreferences {
  return {
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
  };
}

export function kioskWindowOptions(settings: KioskWindowSettings): BrowserWindowConstructorOptions {
  return {
    ...(settings.kioskMode ? KIOSK_WINDOW : MAINTENANCE_WINDOW),
    backgroundColor: '#f3f5f8',
    title: 'ASB Lobby Kiosk',
    webPreferences: lockedWebPreferences(settings),
  };
}
