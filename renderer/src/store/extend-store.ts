import type { StateCreator, StoreApi } from 'zustand';
import type { KioskState, KioskStore } from './kiosk-store.ts';

/**
 * Adds slices to a running store, as admin's chunk does when staff open the PIN pad. Their
 * values join the store's initial state too (zustand fixes it at creation), so resetVisit puts
 * them back like every other slice's.
 */
export function extendStore<S extends object>(
  store: KioskStore,
  createSlice: StateCreator<KioskState & S, [], [], S>,
): StoreApi<KioskState & S> {
  const extended = store as unknown as StoreApi<KioskState & S>;
  const slice = createSlice(extended.setState, extended.getState, extended);
  const initial = { ...extended.getInitialState(), ...slice };
  extended.getInitialState = () => initial;
  extended.setState(slice);
  return extended;
}
