import type { Content } from '../../contract/content-schema.ts';
import type { AuditLog } from '../admin/audit-log.ts';
import type { Logger } from '../logger.ts';
import type { ContentStore } from '../store/content-store.ts';
import type { DurableFs } from '../store/durable-fs.ts';
import { createDraftFile } from './draft-file.ts';
import { createEditingService, type EditingService } from './editing-service.ts';
import { reconcileRevisions } from './reconcile-revisions.ts';
import { createRevisionStore } from './revision-store.ts';

export interface OpenEditingOptions {
  dataDir: string;
  store: ContentStore;
  audit: AuditLog;
  log: Logger;
  /** Epoch milliseconds. */
  now: () => number;
  fs?: DurableFs;
  platform?: NodeJS.Platform;
  /** IT's policy's rule on kiosk settings (see EditingServiceOptions). */
  settingsProblem?: (content: Content) => string | null;
}

/** The editing service on the data folder's revisions and draft, agreed with content.json. */
export async function openEditing(options: OpenEditingOptions): Promise<EditingService> {
  const files = {
    dataDir: options.dataDir,
    log: options.log,
    ...(options.fs === undefined ? {} : { fs: options.fs }),
    ...(options.platform === undefined ? {} : { platform: options.platform }),
  };
  const revisions = createRevisionStore(files);
  await reconcileRevisions(options.store, revisions, options);
  return createEditingService({
    store: options.store,
    revisions,
    draft: createDraftFile(files),
    audit: options.audit,
    now: options.now,
    settingsProblem: options.settingsProblem,
  });
}
