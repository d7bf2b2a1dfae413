import { app } from 'electron';
import type { Policy } from '../contract/policy-schema.ts';
import {
  centralChangesOf,
  fleetStatusPlaceOf,
  kioskStatusOf,
  publishedRevisionOf,
  startHeartbeat,
  systemNow,
  type ErrorTrackingLogger,
  type KioskCore,
  type Logger,
  type Timers,
} from '../core/index.ts';
import { machineInstallChecks } from './install-checks.ts';
import { supervisionOf } from './supervision.ts';
import { planUpdates, type InstallFacts, type SelfUpdateInstall } from './update-plan.ts';
import { startUpdates, type Updater } from './updates.ts';
import { windowsSignatureCheck } from './windows-signature.ts';

export interface ShellOperationsOptions {
  core: KioskCore;
  dataDir: string;
  policy: Pick<
    Policy,
    'updateServer' | 'updatePublisherSubject' | 'supervised' | 'kioskName' | 'statusFolder'
  >;
  /** The logger the core and shell log through, so the heartbeat can report the last error. */
  log: ErrorTrackingLogger;
  timers: Timers;
  /** Tells the window keeper the app is quitting, before an update quits it. */
  beforeInstall: () => void;
  /** For tests: what this install is, in place of this machine's answers. */
  install?: Partial<InstallFacts>;
  /** For tests: a fake updater. */
  loadUpdater?: (install: SelfUpdateInstall) => Promise<Updater>;
}

export interface ShellOperations {
  /** Stops the updater's timers and the heartbeat, waiting for a heartbeat write under way. */
  stop(): Promise<void>;
}

/**
 * What IT watches and maintains the kiosk with: the heartbeat file (and the fleet status file,
 * when the policy names a status folder and the kiosk's name) and automatic updates. A
 * kiosk that will not update itself although IT named an update server says so in the
 * heartbeat's problems, beside the core's.
 */
export function startShellOperations(options: ShellOperationsOptions): ShellOperations {
  const { log, timers, policy } = options;
  const plan = planUpdates(policy, {
    platform: process.platform,
    isPackaged: app.isPackaged,
    execPath: process.execPath,
    resourcesPath: process.resourcesPath,
    env: process.env,
    productName: app.getName(),
    ...machineInstallChecks,
    ...options.install,
  });
  const updateProblems = !plan.selfUpdate && plan.problem ? [plan.reason] : [];
  const coreStatus = kioskStatusOf(options.core);
  const heartbeat = startHeartbeat({
    dataDir: options.dataDir,
    version: app.getVersion(),
    shell: 'electron',
    publishedRevision: publishedRevisionOf(options.core),
    lastError: log.lastError,
    problems: async () => [...(await coreStatus.problems()), ...updateProblems],
    central: coreStatus.central,
    rewriteWhen: centralChangesOf(options.core),
    fleetStatus: fleetStatusPlaceOf(policy),
    log,
    timers,
  });
  const updates = startUpdates({
    plan,
    restartAfterInstall: supervisionOf(policy).restartAfterUpdate,
    loadUpdater: options.loadUpdater ?? ((install) => loadElectronUpdater(install, log)),
    timers,
    now: systemNow,
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
 * never by a test. build-electron.ts bundles it into main.js like every other package. The
 * plan names the class, rather than electron-updater's autoUpdater, which on Linux picks its
 * updater from resources/package-type (see update-plan.ts).
 */
async function loadElectronUpdater(install: SelfUpdateInstall, log: Logger): Promise<Updater> {
  const { AppImageUpdater, MacUpdater, NsisUpdater } = await import('electron-updater');
  if (install.kind === 'mac') return new MacUpdater();
  if (install.kind === 'appimage') return new AppImageUpdater();
  const updater = new NsisUpdater();
  updater.verifyUpdateCodeSignature = windowsSignatureCheck(install.publisherSubject, log);
  return updater;
}
