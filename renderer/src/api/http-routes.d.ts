import type { OperationName } from '../../../electron/contract/api.ts';

declare global {
  /** Put in by the build from the contract's table (contract-routes.config.ts). */
  const __KIOSK_HTTP_ROUTES__: {
    operations: Record<OperationName, string>;
    /** The one event stream, for every event. */
    events: string;
  };
}
