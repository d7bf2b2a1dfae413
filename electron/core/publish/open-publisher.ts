import type { Now, Timers } from '../clock.ts';
import type { AuditLog } from '../admin/audit-log.ts';
import type { EditingService } from '../editing/editing-service.ts';
import type { Logger } from '../logger.ts';
import { readAppVersion } from '../ops/app-version.ts';
import type { PolicyState } from '../policy/read-policy.ts';
import type { ContentStore } from '../store/content-store.ts';
import type { DurableFs } from '../store/durable-fs.ts';
import { openBundleHistory } from './bundle-history.ts';
import { createPublisher, type Publisher } from './publisher.ts';

export interface OpenPublisherOptions {
  dataDir: string;
  policy: PolicyState;
  store: ContentStore;
  editing: EditingService;
  audit: AuditLog;
  log: Logger;
  now: Now;
  timers: Timers;
  /** Absent: the repository's package.json. */
  appVersion?: string | undefined;
  fs?: DurableFs | undefined;
  platform?: NodeJS.Platform | undefined;
}

/**
 * The publishing PC's publisher when the policy's role is "publisher" (read-policy.ts keeps
 * that role only with its publisher settings), else null: a kiosk sends nothing.
 */
export async function openPublisher(options: OpenPublisherOptions): Promise<Publisher | null> {
  const { role, publisher: settings } = options.policy.policy;
  if (role !== 'publisher' || settings === undefined) return null;
  const appVersion =
    options.appVersion ?? (await readAppVersion(new URL('../../../package.json', import.meta.url)));
  const history = await openBundleHistory(options);
  return createPublisher({ ...options, settings, history, appVersion });
}
