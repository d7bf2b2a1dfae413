import { app } from 'electron';
import type { Policy } from '../contract/policy-schema.ts';
import type { KioskCore } from '../core/kiosk-core-types.ts';
import type { ErrorTrackingLogger } from '../core/ops/error-tracker.ts';
import { publishedRevisionOf, startHeartbeat } from '../core/ops/heartbeat.ts';
import { startUpdates, type Updater } from './updates.ts';
import type { Timers } from './window-keeper.ts';

export interface ShellOperationsOptions {
  core: KioskCore;
  dataDir: string;
  policy: Pick<Policy, 'updateServer'>;
  /** The logger the core and shell log through, so the heartbeat can report the last error. */
  log: ErrorTrackingLogger;
  timers: Timers;
  /** Tells the window keeper the app is quitting, before an update quits it. */
  beforeInstall: () => void;
  /** For tests: a fake autoUpdater. */
  loadUpdater?: () => Promise<Updater>;
}

export interface ShellOperations {
  /** Stops the updater's timers and the heartbeat, waiting for a heartbeat write under way. */
  stop(): Promise<void>;
}

/** What IT watches and maintains the kiosk with: the heartbeat file and automatic updates. */
export function startShellOperations(options: ShellOperationsOptions): ShellOperations {
  const { log, timers } = options;
  const heartbeat = startHeartbeat({
    dataDir: options.dataDir,
    version: app.getVersion(),
    shell: 'electron',
    publishedRevision: publishedRevisionOf(options.core),
    lastError: log.lastError,
    log,
    timers,
  });
  const updates = startUpdates({
    policy: options.policy,
    loadUpdater: options.loadUpdater ?? loadElectronUpdater,
    timers,
    now: () => new Date(),
    log,
    beforeInstall: options.beforeInstall,
  });
  return {
    async stop() {
      updates?.stop();
      await heartbeat.stop();
    },
  };
}

/**
 * electron-updater requires `electron` as it loads, so it is loaded here, once updates are on,
 * never by a test. build-electron.ts bundles it into main.js like every other package.
 */
async function loadElectronUpdater(): Promise<Updater> {
  const { autoUpdater } = await import('electron-updater');
  return autoUpdater;
}
