import { createAdminServices } from '../admin/admin-services.ts';
import { systemNow, type Now } from '../clock.ts';
import { openEditing } from '../editing/open-editing.ts';
import type { Logger } from '../logger.ts';
import type { CoreServices } from '../operation-handlers.ts';
import type { ContentStore } from '../store/content-store.ts';
import { createStoreAlerts } from '../store/store-alerts.ts';
import { nodeDurableFs } from '../store/durable-fs.ts';
import { createUsageStore } from '../usage/usage-store.ts';

/** Admin and editing on a data folder, as openKioskCore builds them, for tests of the core. */
export async function openCoreServices(
  store: ContentStore,
  dataDir: string,
  log: Logger,
  now: Now = systemNow,
): Promise<CoreServices> {
  const admin = createAdminServices({ dataDir, log, now });
  const alerts = createStoreAlerts({ fs: nodeDurableFs, now, log });
  const editing = await openEditing({ dataDir, store, audit: admin.audit, alerts, log, now });
  const usage = await createUsageStore({ dataDir, log, now });
  return { admin, editing, usage };
}
