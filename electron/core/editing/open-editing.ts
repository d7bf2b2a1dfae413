import type { LocalEditing } from '../../contract/content-ownership.ts';
import type { Content } from '../../contract/content-schema.ts';
import type { AuditLog } from '../admin/audit-log.ts';
import type { Logger } from '../logger.ts';
import type { ContentStore } from '../store/content-store.ts';
import type { DurableFs } from '../store/durable-fs.ts';
import type { StoreAlerts } from '../store/store-alerts.ts';
import { createDraftFile } from './draft-file.ts';
import { createEditingService, type EditingService } from './editing-service.ts';
import { reconcileRevisions } from './reconcile-revisions.ts';
import { createRevisionStore } from './revision-store.ts';

export interface OpenEditingOptions {
  dataDir: string;
  store: ContentStore;
  audit: AuditLog;
  /** Where a damaged draft or revision is reported (the store's, shared). */
  alerts: StoreAlerts;
  log: Logger;
  /** Epoch milliseconds. */
  now: () => number;
  fs?: DurableFs;
  platform?: NodeJS.Platform;
  /** IT's policy's rule on kiosk settings (see EditingServiceOptions). */
  settingsProblem?: (content: Content) => string | null;
  /** What staff may edit on a kiosk following a central source (see EditingServiceOptions). */
  localEditing?: () => LocalEditing | null;
}

/**
 * The editing service on the data folder's revisions and draft, agreed with content.json. The
 * draft is read once here, so a damaged one is kept aside and shown to staff from the start.
 */
export async function openEditing(options: OpenEditingOptions): Promise<EditingService> {
  const files = {
    dataDir: options.dataDir,
    log: options.log,
    alerts: options.alerts,
    ...(options.fs === undefined ? {} : { fs: options.fs }),
    ...(options.platform === undefined ? {} : { platform: options.platform }),
  };
  const revisions = createRevisionStore(files);
  await reconcileRevisions(options.store, revisions, options);
  const draft = createDraftFile(files);
  await draft.read();
  return createEditingService({
    store: options.store,
    revisions,
    draft,
    audit: options.audit,
    log: options.log,
    now: options.now,
    settingsProblem: options.settingsProblem,
    localEditing: options.localEditing,
  });
}
