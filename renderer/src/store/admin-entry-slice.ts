import type { StateCreator } from 'zustand';
import type { KioskApi } from '../../../electron/contract/api.ts';
import type { KioskState } from './kiosk-store.ts';

export type AdminView = 'closed' | 'pin' | 'editor';

/**
 * All that visitors' code knows of admin: whether it is open, and the way in. The rest of
 * admin's state and actions is a chunk of its own, which the store takes in on the way in.
 */
export interface AdminEntrySlice {
  /** Anything but 'closed' means admin's slices are in the store. */
  adminView: AdminView;
  openPinPad(): Promise<void>;
}

export const createAdminEntrySlice =
  (api: KioskApi): StateCreator<KioskState, [], [], AdminEntrySlice> =>
  (_set, _get, store) => ({
    adminView: 'closed',
    openPinPad: async () => {
      const { withAdmin } = await import('./admin/admin-store.ts');
      await withAdmin(store, api).getState().showPinPad();
    },
  });
