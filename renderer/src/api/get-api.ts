import type { KioskApi, KioskBridge } from '../../../electron/contract/api.ts';
import { unwrapReply } from '../../../electron/contract/errors.ts';
import { operationNames } from '../../../electron/contract/wire.ts';
import { createHttpBridge } from './http-bridge.ts';

/** Inside Electron the preload has put the bridge on window.kiosk; in a browser it is HTTP. */
export function getApi(win: Pick<Window, 'kiosk'> = window): KioskApi {
  return win.kiosk ? fromBridge(win.kiosk) : createHttpBridge();
}

/** The preload's replies made typed errors again: contextBridge carries data, not ApiErrors. */
function fromBridge(bridge: KioskBridge): KioskApi {
  const call = (name: (typeof operationNames)[number]) => async (input: unknown) =>
    unwrapReply(await (bridge[name] as (input: unknown) => Promise<unknown>)(input), name);
  const operations = Object.fromEntries(operationNames.map((name) => [name, call(name)]));
  return { ...operations, on: bridge.on } as KioskApi;
}
