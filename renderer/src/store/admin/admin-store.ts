import type { StoreApi } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import type { KioskApi } from '../../../../electron/contract/api.ts';
import { extendStore } from '../extend-store.ts';
import type { KioskState, KioskStore } from '../kiosk-store.ts';
import { createAdminSlice, type AdminSlice } from './admin-slice.ts';
import { createAgencyTextSlice, type AgencyTextSlice } from './agency-text-slice.ts';
import { createClosureRequestSlice, type ClosureRequestSlice } from './closure-request-slice.ts';
import { createEditorSlice, type EditorSlice } from './editor-slice.ts';
import { createFleetSlice, type FleetSlice } from './fleet-slice.ts';
import { createPublisherSlice, type PublisherSlice } from './publisher-slice.ts';
import { createRecordsSlice, type RecordsSlice } from './records-slice.ts';
import { createTransferSlice, type TransferSlice } from './transfer-slice.ts';

type AdminSlices = AdminSlice &
  EditorSlice &
  RecordsSlice &
  AgencyTextSlice &
  TransferSlice &
  ClosureRequestSlice &
  PublisherSlice &
  FleetSlice;

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
      // A copy of the store for immer to wrap: the visitors' slices keep their plain set.
      ...immer(createEditorSlice(api))(set, get, { ...extended } as never),
      ...createRecordsSlice(api)(set, get, extended),
      ...createAgencyTextSlice(set, get, extended),
      ...createTransferSlice(api)(set, get, extended),
      ...createClosureRequestSlice(set, get, extended),
      ...createPublisherSlice(api)(set, get, extended),
      ...createFleetSlice(api)(set, get, extended),
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
