import type { BrowserWindow } from 'electron';
import type { Logger, Timers } from '../core/index.ts';
import { APP_URL, UNAVAILABLE_URL } from './app-origin.ts';
import { LOAD_RETRY_DELAY_MS, type RecoveryPolicy } from './resilience.ts';

export interface WindowKeeperOptions {
  /** Makes a kiosk window without loading anything, so listeners are in place before the load. */
  createWindow(): BrowserWindow;
  policy: RecoveryPolicy;
  timers: Timers;
  log: Logger;
  /** After too many failures: app.relaunch + app.exit, or supervised, app.exit alone. */
  relaunch(): void;
  /** True once the app has been asked to quit: a closed window then stays closed. */
  isQuitting(): boolean;
}

export interface WindowKeeper {
  current(): BrowserWindow | undefined;
  /** The app inside stopped beating (the core's watchdog): crash its renderer and reload it. */
  restart(reason: string): void;
}

/** Chromium's ERR_ABORTED: a load replaced by another (ours), not a failure. */
const ERR_ABORTED = -3;

/**
 * Keeps one kiosk window on screen for weeks unattended: a crashed or hung renderer is reloaded
 * (see resilience.ts), a page that cannot load is replaced by the local reception-desk page
 * and tried again later, and a window that closes is opened again unless the app is quitting.
 * Only one reload is pending at a time; a newer trouble replaces an older plan.
 */
export function keepKioskWindow(options: WindowKeeperOptions): WindowKeeper {
  const { policy, timers, log } = options;
  let window: BrowserWindow | undefined;
  let pending: { handle: unknown; afterHang: boolean } | undefined;
  // The renderer we kill ourselves reports itself gone: that is no new trouble to recover from.
  let killing = false;

  const cancel = (): void => {
    if (pending !== undefined) timers.clearTimeout(pending.handle);
    pending = undefined;
  };
  // A failed load also arrives as did-fail-load, which is where it is handled.
  const load = (target: BrowserWindow, url: string): void => {
    if (!target.isDestroyed()) target.webContents.loadURL(url).catch(() => undefined);
  };
  const loadAppLater = (target: BrowserWindow, ms: number, afterHang = false): void => {
    cancel();
    const handle = timers.setTimeout(() => {
      pending = undefined;
      // A reload on the same contents could land in the hung process: Electron's way out is to
      // kill it first, so the load starts a new one.
      if (afterHang && !target.isDestroyed()) {
        killing = true;
        target.webContents.forcefullyCrashRenderer();
        killing = false;
      }
      load(target, APP_URL);
    }, ms);
    pending = { handle, afterHang };
  };

  const recover = (target: BrowserWindow, trouble: string, afterHang = false): void => {
    const next = policy.onFailure();
    if (next.action === 'relaunch') {
      log.error(`${trouble}, too often: restarting the kiosk`);
      options.relaunch();
      return;
    }
    log.warn(`${trouble}: reloading in ${next.delayMs} ms`);
    loadAppLater(target, next.delayMs, afterHang);
  };

  const showUnavailable = (target: BrowserWindow, url: string, trouble: string): void => {
    log.error(`${url} could not be shown (${trouble}): showing the reception-desk page`);
    // The fallback page failing too must not start a loop of fallbacks; the retry still runs.
    if (url !== UNAVAILABLE_URL) load(target, UNAVAILABLE_URL);
    loadAppLater(target, LOAD_RETRY_DELAY_MS);
  };

  const open = (): void => {
    const target = options.createWindow();
    window = target;
    const contents = target.webContents;
    contents.on('render-process-gone', (_event, details) => {
      if (!killing) recover(target, `The screen's renderer stopped (${details.reason})`);
    });
    target.on('unresponsive', () => recover(target, 'The screen stopped responding', true));
    target.on('responsive', () => {
      if (!pending?.afterHang) return;
      log.info('The screen responds again: the reload is called off');
      cancel();
    });
    contents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
      if (isMainFrame && code !== ERR_ABORTED) showUnavailable(target, url, description);
    });
    contents.on('did-navigate', (_event, url, status) => {
      if (status >= 400) showUnavailable(target, url, `status ${status}`);
    });
    target.on('closed', () => {
      cancel();
      window = undefined;
      if (options.isQuitting()) return;
      log.warn('The kiosk window was closed: opening it again');
      open();
    });
    load(target, APP_URL);
  };

  open();
  return {
    current: () => window,
    restart(reason) {
      if (window && !window.isDestroyed()) recover(window, reason, true);
    },
  };
}
