import type { AppUpdater } from 'electron-updater';
import type { Logger, Now, Timers } from '../core/index.ts';
import type { SelfUpdateInstall, UpdatePlan } from './update-plan.ts';

/** The parts of electron-updater's autoUpdater the kiosk uses; tests pass a fake. */
export type Updater = Pick<
  AppUpdater,
  | 'autoDownload'
  | 'autoInstallOnAppQuit'
  | 'logger'
  | 'setFeedURL'
  | 'checkForUpdates'
  | 'quitAndInstall'
  | 'on'
>;

export const CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000;
/** Updates install between these local hours, when nobody is in the lobby. */
export const INSTALL_FROM_HOUR = 2;
export const INSTALL_UNTIL_HOUR = 4;

export interface UpdateOptions {
  /** Whether and what to update (update-plan.ts): nothing runs unless it says selfUpdate. */
  plan: UpdatePlan;
  /** False under a supervisor, which starts the kiosk itself (supervision.ts). */
  restartAfterInstall: boolean;
  /**
   * electron-updater's updater for this kind of install, loaded only when updates are on: it
   * requires `electron` as it loads, so tests inject a fake instead of importing it.
   */
  loadUpdater: (install: SelfUpdateInstall) => Promise<Updater>;
  timers: Timers;
  now: Now;
  log: Logger;
  /** Called just before the updater quits the app, so no window is re-opened on the way out. */
  beforeInstall: () => void;
}

export interface Updates {
  stop(): void;
}

/**
 * Off unless the plan says this install updates itself; a plan that refuses is logged, as a
 * warning when IT had named a server. Then: check at start and every 6 hours, download in the
 * background, and install silently at the first moment between 02:00 and 04:00 local time,
 * starting the kiosk again unless a supervisor does. Nothing is ever shown on screen; every
 * step is logged. On Windows the updater checks each download's signature against the
 * policy's updatePublisherSubject before it counts as downloaded (windows-signature.ts).
 */
export function startUpdates(options: UpdateOptions): Updates | undefined {
  const { plan, timers, now, log } = options;
  if (!plan.selfUpdate) {
    if (plan.problem) log.warn(plan.reason);
    else log.info(plan.reason);
    return undefined;
  }
  const { url, install } = plan;
  let stopped = false;
  let checkTimer: unknown;
  let installTimer: unknown;

  const checkEvery6Hours = (updater: Updater): void => {
    if (stopped) return;
    // A failed check is reported by the 'error' event, which electron-updater emits first.
    updater.checkForUpdates().catch(() => undefined);
    checkTimer = timers.setTimeout(() => checkEvery6Hours(updater), CHECK_INTERVAL_MS);
  };
  const installAtNight = (updater: Updater, version: string): void => {
    if (stopped) return;
    timers.clearTimeout(installTimer);
    const wait = msUntilInstallWindow(new Date(now()));
    if (wait > 0) {
      installTimer = timers.setTimeout(() => installAtNight(updater, version), wait);
      return;
    }
    const restart = options.restartAfterInstall;
    log.info(
      `Installing the update to version ${version} now; ${restart ? 'the kiosk restarts by itself' : 'the supervisor starts the kiosk again'}.`,
    );
    options.beforeInstall();
    updater.quitAndInstall(true, restart);
  };

  options
    .loadUpdater(install)
    .then((updater) => {
      if (stopped) return;
      updater.logger = log;
      updater.autoDownload = true;
      // Installing only in the night window; a quit at another time installs nothing.
      updater.autoInstallOnAppQuit = false;
      updater.on('error', (error) =>
        log.error(
          `The update failed: ${error.message}. The kiosk keeps running this version and tries again at the next check.`,
        ),
      );
      updater.on('update-downloaded', ({ version }) => {
        log.info(
          `Version ${version} is downloaded; it installs between ${hour(INSTALL_FROM_HOUR)} and ${hour(INSTALL_UNTIL_HOUR)}.`,
        );
        installAtNight(updater, version);
      });
      updater.setFeedURL({ provider: 'generic', url });
      log.info(
        `Automatic updates are on: checking ${url} now and every 6 hours; they install into ${install.folder}.`,
      );
      checkEvery6Hours(updater);
    })
    .catch((error: unknown) =>
      log.error(
        `Automatic updates could not start: ${error instanceof Error ? error.message : String(error)}.`,
      ),
    );

  return {
    stop() {
      stopped = true;
      timers.clearTimeout(checkTimer);
      timers.clearTimeout(installTimer);
    },
  };
}

/** 0 inside the install window, else the time until it next opens (local time, DST-aware). */
export function msUntilInstallWindow(at: Date): number {
  const hourNow = at.getHours();
  if (hourNow >= INSTALL_FROM_HOUR && hourNow < INSTALL_UNTIL_HOUR) return 0;
  const opens = new Date(at);
  opens.setHours(INSTALL_FROM_HOUR, 0, 0, 0);
  if (opens <= at) {
    opens.setDate(opens.getDate() + 1);
    opens.setHours(INSTALL_FROM_HOUR, 0, 0, 0);
  }
  return opens.getTime() - at.getTime();
}

function hour(value: number): string {
  return `${String(value).padStart(2, '0')}:00`;
}
