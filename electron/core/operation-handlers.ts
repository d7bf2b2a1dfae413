import type { OperationHandlers } from './kiosk-core-types.ts';
import type { ContentStore } from './store/content-store.ts';

/** One handler per operation of the contract; the type fails to check if one is missing. */
export function createOperationHandlers(store: ContentStore): OperationHandlers {
  return {
    getPublishedContent: async () => store.get(),
  };
}
