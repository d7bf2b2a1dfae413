import { createAdminHandlers } from './admin/admin-handlers.ts';
import type { AdminServices } from './admin/admin-services.ts';
import { createEditingHandlers } from './editing/editing-handlers.ts';
import type { EditingService } from './editing/editing-service.ts';

/** What the operations work on, beside the published content. */
export interface CoreServices {
  admin: AdminServices;
  editing: EditingService;
  usage: UsageStore;
}
import type { OperationHandlers } from './kiosk-core-types.ts';
import type { ContentStore } from './store/content-store.ts';
import { createUsageHandlers } from './usage/usage-handlers.ts';
import type { UsageStore } from './usage/usage-store.ts';

/** One handler per operation of the contract; the type fails to check if one is missing. */
export function createOperationHandlers(
  store: ContentStore,
  { admin, editing, usage }: CoreServices,
): OperationHandlers {
  return {
    getPublishedContent: async () => store.get(),
    async readStoreAlerts({ token }) {
      admin.sessions.require(token);
      return {
        alerts: store.alerts().map(({ file, movedTo, reason, issues, at }) => ({
          file,
          movedTo,
          reason,
          issues,
          at,
        })),
      };
    },
    ...createAdminHandlers(admin),
    ...createEditingHandlers(editing, admin),
    ...createUsageHandlers(usage, admin),
  };
}
