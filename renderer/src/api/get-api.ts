import type { KioskApi } from '../../../electron/contract/api.ts';
import { createHttpBridge } from './http-bridge.ts';

/** Inside Electron the preload has put the API on window.kiosk; in a browser it is the HTTP bridge. */
export function getApi(win: Pick<Window, 'kiosk'> = window): KioskApi {
  return win.kiosk ?? createHttpBridge();
}
