import type { StoreApi } from 'zustand';
import type { KioskApi } from '../../../../electron/contract/api.ts';
import { extendStore } from '../extend-store.ts';
import type { KioskState, KioskStore } from '../kiosk-store.ts';
import { createAdminSlice, type AdminSlice } from './admin-slice.ts';
import { createEditorSlice, type EditorSlice } from './editor-slice.ts';
import { createRecordsSlice, type RecordsSlice } from './records-slice.ts';

type AdminSlices = AdminSlice & EditorSlice & RecordsSlice;

/** The kiosk's one store as staff have it: the visitors' slices and admin's. */
export type AdminState = KioskState & AdminSlices;
export type AdminStore = StoreApi<AdminState>;

const admins = new WeakMap<KioskStore, AdminStore>();

/** The store with admin's slices in: added the first time, the same ones every time after. */
export function withAdmin(store: KioskStore, api: KioskApi): AdminStore {
  let admin = admins.get(store);
  if (!admin) {
    admin = extendStore<AdminSlices>(store, (set, get, extended) => ({
      ...createAdminSlice(api)(set, get, extended),
      ...createEditorSlice(api)(set, get, extended),
      ...createRecordsSlice(api)(set, get, extended),
    }));
    admins.set(store, admin);
  }
  return admin;
}

/** Admin's screens show only once the PIN pad has opened, which brings admin's slices in. */
export function asAdmin(state: KioskState): AdminState {
  if (!('showPinPad' in state)) throw new Error('Admin was shown before its state was in');
  return state as AdminState;
}
