import {
  app,
  BrowserWindow,
  ipcMain,
  session,
  type BrowserWindowConstructorOptions,
  type Session,
} from 'electron';
import {
  hashPin as makeHash,
  isPinFormat,
  PIN_FORMAT_MESSAGE,
  type Logger,
} from '../core/index.ts';
import { APP_URL } from './app-origin.ts';
import { serveAppProtocol } from './app-protocol.ts';
import { HASH_PIN_CHANNEL, type HashPinReply } from './hash-pin/hash-pin-channel.ts';
import { isTrustedSender, type SenderEvent } from './ipc-sender.ts';
import { lockedWebPreferences } from './window-options.ts';

export const PINS_DIFFER = 'The two PINs are not the same. Type the same PIN in both fields.';
export const NOT_THIS_WINDOW = 'Only the PIN hash window may ask for a hash.';

export interface HashPinWindowSettings {
  /** dist/electron/hash-pin: index.html, hash-pin.css, hash-pin.js. */
  pageDir: string;
  /** dist/electron/hash-pin-preload.cjs. */
  preloadPath: string;
  isPackaged: boolean;
  log: Logger;
}

/** An ordinary small window IT can move and close: not kiosk, not full screen, a normal frame. */
export function hashPinWindowOptions(
  settings: Pick<HashPinWindowSettings, 'preloadPath' | 'isPackaged'>,
): BrowserWindowConstructorOptions {
  return {
    width: 480,
    height: 420,
    useContentSize: true,
    kiosk: false,
    fullscreen: false,
    frame: true,
    autoHideMenuBar: true,
    backgroundColor: '#f3f5f8',
    title: 'ASB Lobby Kiosk: admin PIN hash',
    webPreferences: lockedWebPreferences(settings),
  };
}

/**
 * The IPC handler: only the hash-pin window's own page may ask (as the kiosk's IPC checks its
 * sender), the two PINs must match and be 6 to 12 digits, and the hash is made here in the main
 * process with the kiosk's own pin-hash.ts. Neither the PIN nor the hash is ever logged.
 */
export function createHashPinHandler(options: {
  currentWindow: () => BrowserWindow | undefined;
  log: Logger;
  hash?: (pin: string) => Promise<string>;
}): (event: SenderEvent, pin: unknown, again: unknown) => Promise<HashPinReply> {
  const { currentWindow, log, hash = makeHash } = options;
  return async (event, pin, again) => {
    if (!isTrustedSender(event, currentWindow())) {
      log.warn(
        `Refused a PIN hash request from ${event.senderFrame?.url ?? 'a frame that is gone'}`,
      );
      return { ok: false, message: NOT_THIS_WINDOW };
    }
    if (typeof pin !== 'string' || typeof again !== 'string' || !isPinFormat(pin)) {
      return { ok: false, message: PIN_FORMAT_MESSAGE };
    }
    if (pin !== again) return { ok: false, message: PINS_DIFFER };
    const made = await hash(pin);
    log.info('A PIN hash was made for a policy file.');
    return { ok: true, hash: made };
  };
}

/**
 * `--hash-pin`: the page is served on app://kiosk/ from its own folder (the kiosk is not
 * running in this process), under the same security headers and CSP as the kiosk. Closing the
 * window ends the app.
 */
export function openHashPinWindow(settings: HashPinWindowSettings): BrowserWindow {
  const { log } = settings;
  // Electron's default menu stays: on macOS, Cmd+C and Cmd+V work only through its Edit menu.
  // Its developer-tools entry does nothing when packaged (devTools: false).
  allowOnlyClipboardWriting(session.defaultSession);
  serveAppProtocol(settings.pageDir, log);
  const window = new BrowserWindow(hashPinWindowOptions(settings));
  const contents = window.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  ipcMain.handle(HASH_PIN_CHANNEL, createHashPinHandler({ currentWindow: () => window, log }));
  app.on('window-all-closed', () => app.quit());
  contents
    .loadURL(APP_URL)
    .catch((error: unknown) =>
      log.error('The PIN hash page could not be loaded', { error: String(error) }),
    );
  log.info('The PIN hash window is open.');
  return window;
}

/** The Copy button needs the clipboard; nothing else (camera, location, devices) is granted. */
function allowOnlyClipboardWriting(target: Session): void {
  const allowed = (permission: string) => permission === 'clipboard-sanitized-write';
  target.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(allowed(permission)),
  );
  target.setPermissionCheckHandler((_contents, permission) => allowed(permission));
  target.setDevicePermissionHandler(() => false);
}
