import type { StateCreator } from 'zustand';
import type { KioskApi } from '../../../electron/contract/api.ts';
import { SCREEN_ERROR_MAX } from '../../../electron/contract/wire.ts';
import type { KioskState } from './kiosk-store.ts';
import type { Screen } from './navigation-slice.ts';

export interface HealthSlice {
  /** Tells the core the app is running (its watchdog reloads a silent one). */
  beat(): void;
  /** A screen failed to draw: IT's log hears of it, and the visitor is taken home. */
  screenFailed(screen: Screen['name'], error: unknown): void;
}

export const createHealthSlice =
  (api: KioskApi): StateCreator<KioskState, [], [], HealthSlice> =>
  (_set, get) => ({
    // A beat or a report that cannot be sent is no reason to fail: the watchdog notices the rest.
    beat: () => void api.rendererAlive(undefined).catch(() => undefined),
    screenFailed: (screen, error) => {
      const message = (error instanceof Error ? error.message : String(error)).slice(
        0,
        SCREEN_ERROR_MAX,
      );
      void api.reportScreenError({ screen, message }).catch(() => undefined);
      if (screen !== 'home') get().goHome();
    },
  });
