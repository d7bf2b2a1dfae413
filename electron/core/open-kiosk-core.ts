import { basename } from 'node:path';
import {
  centralPartsOf,
  DEFAULT_LOCAL_EDITING,
  type LocalEditing,
} from '../contract/content-ownership.ts';
import { localNumberProblems } from '../contract/local-numbers.ts';
import { createAdminServices } from './admin/admin-services.ts';
import { createSecurityFile } from './admin/security-file.ts';
import { createKioskCore } from './create-kiosk-core.ts';
import { createListeners } from './listeners.ts';
import { openCentral } from './open-central.ts';
import { openPublisher } from './publish/open-publisher.ts';
import { createDataFolderCheck, isNewDataFolder } from './data-folder.ts';
import { contentProblem } from './editing/content-problem.ts';
import { openEditing } from './editing/open-editing.ts';
import { claimDataFolder } from './lock/claim-data-folder.ts';
import { createTransferService, type TransferOptions } from './transfer/transfer-places.ts';
import { createUsageStore } from './usage/usage-store.ts';
import { programIdsOf, programTitlesOf } from './usage/usage-vocabulary.ts';
import type { KioskCore } from './kiosk-core-types.ts';
import { consoleLogger, type Logger } from './logger.ts';
import { logPolicy } from './policy/log-policy.ts';
import { settingsProblem } from './policy/policy-rules.ts';
import { NO_POLICY_STATE, type LoadedPolicy } from './policy/read-policy.ts';
import { openContentStore } from './store/content-store.ts';
import { nodeDurableFs, type DurableFs } from './store/durable-fs.ts';
import type { StoreAlert } from './store/store-alert.ts';
import { createStoreAlerts } from './store/store-alerts.ts';
import { systemNow, systemTimers, type Now, type Timers } from './clock.ts';

export interface OpenKioskCoreOptions {
  /** Where the live store lives (see resolveDataDir); created when missing. */
  dataDir: string;
  /** The bundled data/default-content.json: the first run's content and the last fallback. */
  defaultContentPath: string;
  log?: Logger;
  /** For tests: a file system that records calls or fails on demand. */
  fs?: DurableFs;
  now?: Now;
  platform?: NodeJS.Platform;
  /** The shell's way to end itself, for admin's "Quit the kiosk"; absent: admin cannot quit. */
  requestQuit?: () => void;
  /** IT's policy, as the shell read it at start (loadPolicy); absent: no policy. */
  policy?: LoadedPolicy;
  /** The shell's ways to reach removable drives and its native dialogs (Electron's). */
  transfer?: Pick<TransferOptions, 'listDrives' | 'dialogs'>;
  /** For tests: timers the renderer's watchdog and the central follower wait with. */
  timers?: Timers;
  /**
   * How the central follower reaches a contentSource URL (policy): the Electron shell's
   * net.fetch, the browser shell's fetch with the system's proxy and certificates. Absent:
   * this process's global fetch. The core never imports electron.
   */
  fetch?: typeof fetch;
  /**
   * The app's version, which a central bundle's minAppVersion is compared with. Absent: the
   * repository's package.json (the browser shell runs from it).
   */
  appVersion?: string;
}

/**
 * The one core both shells hold: it owns all state on disk and validates every input. Rejects
 * (with a message that says what to fix) when another kiosk app uses the data folder (naming
 * it), or when the bundled default is needed and broken. A store file that is damaged or cannot
 * be read is kept aside (where the disk allows) and logged; a data folder the kiosk cannot
 * write gives a read-only, unlocked kiosk, and adminStatus says why.
 */
export async function openKioskCore(options: OpenKioskCoreOptions): Promise<KioskCore> {
  const log = options.log ?? consoleLogger;
  const fs = options.fs ?? nodeDurableFs;
  const platform = options.platform ?? process.platform;
  const lock = await claimDataFolder({ fs, dataDir: options.dataDir, platform, log });
  try {
    const core = await openLockedCore(options, log, fs, lock.problem);
    return {
      ...core,
      async close() {
        try {
          await core.close();
        } finally {
          await lock.release();
        }
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function openLockedCore(
  options: OpenKioskCoreOptions,
  log: Logger,
  fs: DurableFs,
  lockProblem: string | null,
): Promise<KioskCore> {
  // Asked before the store opens, which writes the first files of a new folder.
  const newDataFolder = await isNewDataFolder(fs, options.dataDir);
  const now = options.now ?? systemNow;
  // One list for every file of the folder, so staff see each one kept aside.
  const alerts = createStoreAlerts({ fs, now, log });
  const store = await openContentStore({ ...options, log, alerts });
  const shared = {
    dataDir: options.dataDir,
    log,
    now,
    ...(options.fs === undefined ? {} : { fs: options.fs }),
    ...(options.platform === undefined ? {} : { platform: options.platform }),
  };
  const policy = options.policy ?? NO_POLICY_STATE;
  if (options.policy !== undefined) logPolicy(options.policy, log);
  const folder = createDataFolderCheck({ fs, dataDir: options.dataDir, log, now: shared.now });
  await folder.problem();
  if (newDataFolder) {
    const platform = options.platform ?? process.platform;
    await createSecurityFile({ dataDir: options.dataDir, fs, platform }, log);
  }
  const admin = createAdminServices({
    ...shared,
    policyPinHash: policy.policy.adminPinHash,
    policyAdminClosed: policy.adminClosed,
    newDataFolder,
  });
  // Locked also when the source cannot be used: IT meant this kiosk to follow one.
  const source = policy.policy.contentSource;
  const localEditing: LocalEditing | null =
    source !== undefined
      ? (source.localEditing ?? DEFAULT_LOCAL_EDITING)
      : policy.contentSourceBroken === true
        ? 'none'
        : null;
  const editing = await openEditing({
    ...shared,
    store,
    audit: admin.audit,
    alerts,
    settingsProblem: (content) => settingsProblem(content, policy.policy),
    localEditing: () => localEditing,
  });
  const centralChanges = createListeners<void>(log);
  const central = await openCentral({
    ...shared,
    onChange: () => centralChanges.emit(),
    policy,
    editing,
    timers: options.timers ?? systemTimers,
    fetch: options.fetch ?? globalThis.fetch,
    appVersion: options.appVersion,
  });
  const publisher = await openPublisher({
    ...shared,
    policy,
    store,
    editing,
    audit: admin.audit,
    timers: options.timers ?? systemTimers,
    appVersion: options.appVersion,
  });
  const usage = await createUsageStore({
    ...shared,
    alerts,
    policyUsageCounts: policy.policy.usageCounts,
    programIds: programIdsOf(() => store.get().content),
    programTitles: programTitlesOf(() => store.get().content),
  });
  const problems = async (): Promise<string[]> => [
    ...(policy.problem === null ? [] : policy.problem.split('\n')),
    ...[
      await folder.problem(),
      lockProblem,
      contentProblem(store.get().content),
      usage.problem(),
    ].filter((line): line is string => line !== null),
    ...store.alerts().map(alertLine),
    ...central.problems(),
    ...localNumberProblems(store.get().content, centralPartsOf(localEditing)),
    ...(publisher?.problems() ?? []),
  ];
  const core = createKioskCore(store, log, {
    admin,
    editing,
    usage,
    requestQuit: options.requestQuit,
    policy,
    problems,
    transfer: createTransferService({
      ...options.transfer,
      policyFolder: policy.policy.transferFolder,
      log,
    }),
    ...(options.timers === undefined ? {} : { timers: options.timers }),
    central: central.status,
    centralChanges: centralChanges.subscribe,
    publisher,
    now,
  });
  central.start();
  await publisher?.start();
  return {
    ...core,
    async close() {
      // A check under way may still apply its content, which needs the store open.
      await central.stop();
      // A send under way still writes its audit line and History's label, both in the folder.
      await publisher?.stop();
      await core.close();
    },
  };
}

/** A store alert as one line for staff and IT: file names only, never a path. */
function alertLine({ reason, movedTo }: StoreAlert): string {
  return movedTo === null ? reason : `${reason} It was kept as ${basename(movedTo)}.`;
}
