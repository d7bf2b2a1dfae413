import { createAdminHandlers } from './admin/admin-handlers.ts';
import type { AdminServices } from './admin/admin-services.ts';
import type { OperationHandlers } from './kiosk-core-types.ts';
import type { ContentStore } from './store/content-store.ts';

/** One handler per operation of the contract; the type fails to check if one is missing. */
export function createOperationHandlers(
  store: ContentStore,
  admin: AdminServices,
): OperationHandlers {
  return {
    getPublishedContent: async () => store.get(),
    ...createAdminHandlers(admin),
  };
}
