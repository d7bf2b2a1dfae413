import { createAdminServices } from './admin/admin-services.ts';
import { createKioskCore } from './create-kiosk-core.ts';
import { openEditing } from './editing/open-editing.ts';
import { createUsageStore } from './usage/usage-store.ts';
import type { KioskCore } from './kiosk-core-types.ts';
import { consoleLogger, type Logger } from './logger.ts';
import { logPolicy } from './policy/log-policy.ts';
import { settingsProblem } from './policy/policy-rules.ts';
import { NO_POLICY_STATE, type LoadedPolicy } from './policy/read-policy.ts';
import { openContentStore } from './store/content-store.ts';
import type { DurableFs } from './store/durable-fs.ts';

export interface OpenKioskCoreOptions {
  /** Where the live store lives (see resolveDataDir); created when missing. */
  dataDir: string;
  /** The bundled data/default-content.json: the first run's content and the last fallback. */
  defaultContentPath: string;
  log?: Logger;
  /** For tests: a file system that records calls or fails on demand. */
  fs?: DurableFs;
  now?: () => Date;
  platform?: NodeJS.Platform;
  /** The shell's way to end itself, for admin's "Quit the kiosk"; absent: admin cannot quit. */
  requestQuit?: () => void;
  /** IT's policy, as the shell read it at start (loadPolicy); absent: no policy. */
  policy?: LoadedPolicy;
}

/**
 * The one core both shells hold: it owns all state on disk and validates every input. Rejects
 * (with a message that says what to fix) only when the data folder cannot be used at all or the
 * bundled default is needed and broken; a damaged store file is kept aside and logged instead.
 */
export async function openKioskCore(options: OpenKioskCoreOptions): Promise<KioskCore> {
  const log = options.log ?? consoleLogger;
  const store = await openContentStore({ ...options, log });
  const now = options.now ?? (() => new Date());
  const shared = {
    dataDir: options.dataDir,
    log,
    now: () => now().getTime(),
    ...(options.fs === undefined ? {} : { fs: options.fs }),
    ...(options.platform === undefined ? {} : { platform: options.platform }),
  };
  const policy = options.policy ?? NO_POLICY_STATE;
  if (options.policy !== undefined) logPolicy(options.policy, log);
  const admin = createAdminServices({ ...shared, policyPinHash: policy.policy.adminPinHash });
  const editing = await openEditing({
    ...shared,
    store,
    audit: admin.audit,
    settingsProblem: (content) => settingsProblem(content, policy.policy),
  });
  const usage = await createUsageStore({ ...shared, policyUsageCounts: policy.policy.usageCounts });
  return createKioskCore(store, log, {
    admin,
    editing,
    usage,
    requestQuit: options.requestQuit,
    policy,
  });
}
