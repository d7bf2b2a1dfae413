import { HTTP_EVENTS_ROUTE, httpRoute, operationNames } from './electron/contract/api.ts';

/**
 * The contract's HTTP routes as build-time constants for the renderer (renderer/src/api/
 * http-routes.d.ts). Importing electron/contract/api.ts at run time would put zod and every
 * schema, about 90 kB, in the bundle the kiosk must evaluate before it can ask for its content.
 */
export const httpRoutesDefine = {
  __KIOSK_HTTP_ROUTES__: JSON.stringify({
    operations: Object.fromEntries(operationNames.map((name) => [name, httpRoute(name)])),
    events: HTTP_EVENTS_ROUTE,
  }),
};
