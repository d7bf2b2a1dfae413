import { ApiError } from '../contract/errors.ts';
import { invokeOperation } from './invoke-operation.ts';
import type { CoreEvent, KioskCore } from './kiosk-core-types.ts';
import { createListeners } from './listeners.ts';
import type { Logger } from './logger.ts';
import { createOperationHandlers, type CoreServices } from './operation-handlers.ts';
import { createRendererHandlers } from './ops/renderer-handlers.ts';
import { createRendererWatchdog } from './ops/renderer-watchdog.ts';
import type { ContentStore } from './store/content-store.ts';
import { systemTimers } from './clock.ts';

/** Puts the operations and events of the contract in front of an open store and admin. */
export function createKioskCore(
  store: ContentStore,
  log: Logger,
  services: CoreServices,
): KioskCore {
  const events = createListeners<CoreEvent>(log);
  const watchdog = createRendererWatchdog({
    timers: services.timers ?? systemTimers,
    log,
    onSilent: (reason) => events.emit({ name: 'reloadRequested', payload: { reason } }),
  });
  const renderer = createRendererHandlers(watchdog, log);
  const handlers = {
    ...createOperationHandlers(store, {
      ...services,
      problems: async () => [...((await services.problems?.()) ?? []), ...renderer.problems()],
    }),
    ...renderer.handlers,
  };
  store.subscribe(({ revision }) => events.emit({ name: 'contentChanged', payload: { revision } }));
  services.centralChanges?.(() => events.emit({ name: 'centralChanged', payload: {} }));
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
      watchdog.stop();
      // Nothing more reaches the shells, even from a save that finishes while the store closes.
      events.clear();
      await services.usage.close();
      await store.close();
    },
  };
}
