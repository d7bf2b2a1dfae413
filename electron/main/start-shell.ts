import { userInfo } from 'node:os';
import { app, BrowserWindow, dialog, Menu, net, session } from 'electron';
import {
  createFirstScreenPages,
  listRemovableDrives,
  openKioskCore,
  systemNow,
  systemTimers,
  trackErrors,
  type KioskCore,
  type Logger,
  type OpenKioskCoreOptions,
  type Timers,
} from '../core/index.ts';
import { isKioskWindow } from '../contract/policy-schema.ts';
import { serveAppProtocol } from './app-protocol.ts';
import { applyAutoStart } from './auto-start.ts';
import { keepDisplayAwake } from './display-keeper.ts';
import { electronFetch } from './net-fetch.ts';
import { forwardCoreEvents, registerIpcHandlers } from './ipc.ts';
import { createRecoveryPolicy } from './resilience.ts';
import { denyAllPermissions } from './session-guards.ts';
import type { ShellPaths } from './shell-paths.ts';
import { startShellOperations } from './shell-operations.ts';
import { supervisionOf } from './supervision.ts';
import { electronTransferDialogs } from './transfer-dialogs.ts';
import { keepKioskWindow, type WindowKeeper } from './window-keeper.ts';
import { kioskWindowOptions } from './window-options.ts';

export interface ShellOptions {
  paths: ShellPaths;
  log: Logger;
  isPackaged: boolean;
  /** For tests: a core that records calls instead of the real store. */
  openCore?: (options: OpenKioskCoreOptions) => Promise<KioskCore>;
  /** For tests: the heartbeat and updater, which write files and load electron-updater. */
  startOperations?: typeof startShellOperations;
  timers?: Timers;
}

/** Everything that needs the app ready, in the order it must happen; returns the window keeper. */
export async function startShell(options: ShellOptions): Promise<WindowKeeper> {
  const { paths } = options;
  // IT's policy.json, read with the paths: the core applies what concerns staff and visitors,
  // the shell autoStart, kioskMode, displayAwake, supervised and the update keys.
  const { policy } = paths.policy;
  // Everything logs through this, so the heartbeat can report the last error.
  const log = trackErrors(options.log);
  // The dialogs open on the kiosk window, which the keeper below makes after the core.
  let dialogParent: () => BrowserWindow | undefined = () => undefined;
  const core = await (options.openCore ?? openKioskCore)({
    dataDir: paths.dataDir,
    defaultContentPath: paths.defaultContentPath,
    log,
    policy: paths.policy,
    // Admin's "Quit the kiosk"; the will-quit handler below closes the core first.
    requestQuit: () => app.quit(),
    transfer: {
      listDrives: () => listRemovableDrives(process.platform, userInfo().username),
      dialogs: electronTransferDialogs(dialog, () => dialogParent()),
    },
    // IT's central source, through Chromium's network stack (the system's proxy and certificates).
    fetch: electronFetch(net),
    appVersion: app.getVersion(),
  });

  Menu.setApplicationMenu(null);
  denyAllPermissions(session.defaultSession);
  const firstScreen = createFirstScreenPages({
    rendererDir: paths.rendererDir,
    published: () => core.invoke('getPublishedContent', undefined),
    log,
    now: systemNow,
  });
  serveAppProtocol(paths.rendererDir, log, () => firstScreen.page());

  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  // Without a listener Electron quits when the last window closes; the keeper opens a new one,
  // except in an ordinary window (IT's maintenance, the publishing PC), which closes like any other.
  const kioskMode = isKioskWindow(policy);
  app.on('window-all-closed', () => {
    if (!kioskMode) app.quit();
  });
  closeCoreOnQuit(core, log);

  const windowSettings = {
    preloadPath: paths.preloadPath,
    isPackaged: options.isPackaged,
    kioskMode,
  };
  const timers = options.timers ?? systemTimers;
  const supervision = supervisionOf(policy);
  const keeper = keepKioskWindow({
    createWindow: () => new BrowserWindow(kioskWindowOptions(windowSettings)),
    policy: createRecoveryPolicy(Date.now),
    timers,
    log,
    // exit, not quit: a hung page could hold quit up with its beforeunload handler.
    relaunch: () => {
      if (supervision.relaunchAfterFailure) {
        app.relaunch();
      } else {
        log.error(
          `The kiosk is supervised: it exits with code ${supervision.failureExitCode} for its supervisor to start it again.`,
        );
      }
      app.exit(supervision.failureExitCode);
    },
    isQuitting: () => quitting || !kioskMode,
  });
  // The page loads asynchronously, so these are in place before it can call. The window is
  // re-created after a close, so they ask the keeper for it on every call.
  dialogParent = keeper.current;
  registerIpcHandlers({ core, currentWindow: keeper.current, log });
  forwardCoreEvents({ core, currentWindow: keeper.current });
  core.subscribe((event) => {
    if (event.name === 'reloadRequested') keeper.restart(event.payload.reason);
  });
  const operations = (options.startOperations ?? startShellOperations)({
    core,
    dataDir: paths.dataDir,
    policy,
    log,
    timers,
    beforeInstall: () => {
      quitting = true;
    },
  });
  app.on('will-quit', () => void operations.stop());

  keepDisplayAwake({ schedule: policy.displayAwake, timers, log });
  applyAutoStart({
    policy,
    isPackaged: options.isPackaged,
    platform: process.platform,
    log,
  });
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
