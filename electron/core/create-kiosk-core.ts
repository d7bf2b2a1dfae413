import { ApiError } from '../contract/errors.ts';
import { invokeOperation } from './invoke-operation.ts';
import type { CoreEvent, KioskCore } from './kiosk-core-types.ts';
import { createListeners } from './listeners.ts';
import type { Logger } from './logger.ts';
import { createOperationHandlers, type CoreServices } from './operation-handlers.ts';
import type { ContentStore } from './store/content-store.ts';

/** Puts the operations and events of the contract in front of an open store and admin. */
export function createKioskCore(
  store: ContentStore,
  log: Logger,
  services: CoreServices,
): KioskCore {
  const handlers = createOperationHandlers(store, services);
  const events = createListeners<CoreEvent>(log);
  store.subscribe(({ revision }) => events.emit({ name: 'contentChanged', payload: { revision } }));
  let closed = false;

  return {
    async invoke(name, input) {
      if (closed) throw new ApiError('unavailable', 'The kiosk is shutting down; try again.');
      return invokeOperation(handlers, name, input);
    },
    subscribe: events.subscribe,
    async close() {
      if (closed) return;
      closed = true;
      // Nothing more reaches the shells, even from a save that finishes while the store closes.
      events.clear();
      await services.usage.close();
      await store.close();
    },
  };
}
