import type { StateCreator } from 'zustand';
import type { KioskApi } from '../../../../electron/contract/api.ts';
import type { FleetStatus } from '../../lib/fleet-table.ts';
import type { AdminState } from './admin-store.ts';
import { problemOf, type EditorMessage } from './editor-slice.ts';

/**
 * The publishing PC's Kiosks section: every kiosk's status as the core judged it. The core reads
 * and judges the folder and refuses in words; this only carries them.
 */
export interface FleetSlice {
  /** The last answer; null before the first. */
  fleetStatus: FleetStatus | null;
  /** Why the last check failed, in the core's words; null when it did not. */
  fleetMessage: EditorMessage | null;
  /** True while the core reads the folder. */
  checkingFleet: boolean;
  checkFleet(): Promise<void>;
}

export const createFleetSlice =
  (api: KioskApi): StateCreator<AdminState, [], [], FleetSlice> =>
  (set, get) => ({
    fleetStatus: null,
    fleetMessage: null,
    checkingFleet: false,
    checkFleet: async () => {
      set({ checkingFleet: true });
      try {
        const fleetStatus = await get().withSession((token) => api.readFleetStatus({ token }));
        set({ fleetStatus, fleetMessage: null });
      } catch (error) {
        // The last table stays; the message says it could not be read again.
        set({ fleetMessage: problemOf(error) });
      } finally {
        set({ checkingFleet: false });
      }
    },
  });
