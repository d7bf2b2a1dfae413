import type { CentralStatus } from '../contract/central-schema.ts';
import { openCentralFollower } from './central/central-follower.ts';
import type { Now, Timers } from './clock.ts';
import type { EditingService } from './editing/editing-service.ts';
import type { Logger } from './logger.ts';
import { readAppVersion } from './ops/app-version.ts';
import type { PolicyState } from './policy/read-policy.ts';
import type { DurableFs } from './store/durable-fs.ts';

export interface OpenCentralOptions {
  dataDir: string;
  policy: PolicyState;
  editing: EditingService;
  log: Logger;
  now: Now;
  timers: Timers;
  fetch: typeof fetch;
  /** Absent: the repository's package.json. */
  appVersion?: string | undefined;
  fs?: DurableFs;
  platform?: NodeJS.Platform;
  /** Told when status() changed beyond the time of the last check. */
  onChange?: () => void;
}

/** The core's side of IT's central source: what adminStatus, problems and close() need. */
export interface CentralWiring {
  /** adminStatus.central: null when the policy names no source. */
  status(): CentralStatus | null;
  /** Lines for adminStatus.problems and the heartbeat's problems. */
  problems(): string[];
  start(): void;
  /** Resolves once a check under way has finished. */
  stop(): Promise<void>;
}

/** What staff see while the policy's contentSource cannot be used (its problem line says why). */
export const UNUSABLE_SOURCE_STATUS: CentralStatus = {
  location: '',
  version: null,
  keyId: null,
  expiresAt: null,
  lastCheckAt: null,
  lastAppliedAt: null,
  behindSince: null,
  reason:
    "The central source in IT's policy file cannot be used, so no central content is applied. IT needs to fix contentSource in policy.json.",
  // IT meant this kiosk to follow a source: until it can, nothing is edited here (fail closed).
  localEditing: 'none',
  keptLocal: false,
};

const NO_SOURCE: CentralWiring = {
  status: () => null,
  problems: () => [],
  start: () => undefined,
  stop: async () => undefined,
};

/**
 * Follows the policy's contentSource when it names one, applying each verified version through
 * the editing service (a revision of kind 'central'). A key that cannot be used follows nothing
 * but still says so in adminStatus, so staff see why editing is locked.
 */
export async function openCentral(options: OpenCentralOptions): Promise<CentralWiring> {
  const source = options.policy.policy.contentSource;
  if (source === undefined) {
    if (options.policy.contentSourceBroken !== true) return NO_SOURCE;
    return { ...NO_SOURCE, status: () => UNUSABLE_SOURCE_STATUS };
  }
  const appVersion =
    options.appVersion ?? (await readAppVersion(new URL('../../package.json', import.meta.url)));
  const { editing } = options;
  const follower = await openCentralFollower({
    source,
    dataDir: options.dataDir,
    fetch: options.fetch,
    now: options.now,
    timers: options.timers,
    log: options.log,
    appVersion,
    ...(options.fs === undefined ? {} : { fs: options.fs }),
    ...(options.platform === undefined ? {} : { platform: options.platform }),
    ...(options.onChange === undefined ? {} : { onChange: options.onChange }),
    async apply(content, from) {
      const { keptLocal } = await editing.applyCentral(content, from);
      return { keptLocal };
    },
  });
  return {
    status: follower.status,
    problems: follower.problems,
    start: follower.start,
    stop: follower.stop,
  };
}
