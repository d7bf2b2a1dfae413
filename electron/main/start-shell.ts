import { app, BrowserWindow, Menu, powerSaveBlocker, session } from 'electron';
import type { KioskCore } from '../core/kiosk-core-types.ts';
import type { Logger } from '../core/logger.ts';
import { openKioskCore, type OpenKioskCoreOptions } from '../core/open-kiosk-core.ts';
import { serveAppProtocol } from './app-protocol.ts';
import { forwardCoreEvents, registerIpcHandlers } from './ipc.ts';
import { createRecoveryPolicy } from './resilience.ts';
import { denyAllPermissions } from './session-guards.ts';
import type { ShellPaths } from './shell-paths.ts';
import { keepKioskWindow, systemTimers, type Timers, type WindowKeeper } from './window-keeper.ts';
import { kioskWindowOptions } from './window-options.ts';

export interface ShellOptions {
  paths: ShellPaths;
  log: Logger;
  isPackaged: boolean;
  /** For tests: a core that records calls instead of the real store. */
  openCore?: (options: OpenKioskCoreOptions) => Promise<KioskCore>;
  timers?: Timers;
}

/** Everything that needs the app ready, in the order it must happen; returns the window keeper. */
export async function startShell(options: ShellOptions): Promise<WindowKeeper> {
  const { paths, log } = options;
  const core = await (options.openCore ?? openKioskCore)({
    dataDir: paths.dataDir,
    defaultContentPath: paths.defaultContentPath,
    log,
  });

  Menu.setApplicationMenu(null);
  denyAllPermissions(session.defaultSession);
  serveAppProtocol(paths.rendererDir, log);

  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  // Without a listener Electron quits when the last window closes; the keeper opens a new one.
  app.on('window-all-closed', () => undefined);
  closeCoreOnQuit(core, log);

  const windowSettings = { preloadPath: paths.preloadPath, isPackaged: options.isPackaged };
  const keeper = keepKioskWindow({
    createWindow: () => new BrowserWindow(kioskWindowOptions(windowSettings)),
    policy: createRecoveryPolicy(Date.now),
    timers: options.timers ?? systemTimers,
    log,
    // exit, not quit: a hung page could hold quit up with its beforeunload handler.
    relaunch: () => {
      app.relaunch();
      app.exit(0);
    },
    isQuitting: () => quitting,
  });
  // The page loads asynchronously, so these are in place before it can call. The window is
  // re-created after a close, so they ask the keeper for it on every call.
  registerIpcHandlers({ core, currentWindow: keeper.current, log });
  forwardCoreEvents({ core, currentWindow: keeper.current });

  powerSaveBlocker.start('prevent-display-sleep');
  log.info(`The kiosk is running; its data folder is ${paths.dataDir}`);
  return keeper;
}

/** Quitting waits for the core to finish its writes and close its files. */
function closeCoreOnQuit(core: KioskCore, log: Logger): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    core
      .close()
      .catch((error: unknown) =>
        log.error('The kiosk data could not be closed', { error: String(error) }),
      )
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}
