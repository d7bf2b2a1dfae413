import type { KioskBridge } from '../../../electron/contract/api.ts';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser shell. */
    kiosk?: KioskBridge;
  }
}
