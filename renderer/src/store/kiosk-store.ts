import { createStore, type StoreApi } from 'zustand';
import type { KioskApi } from '../../../electron/contract/api.ts';
import { createContentSlice, type ContentSlice } from './content-slice.ts';
import { createLanguageSlice, type LanguageSlice } from './language-slice.ts';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice.ts';

export interface VisitSlice {
  /** Puts back everything one visitor may have changed; the content stays. */
  resetVisit(): void;
}

export type KioskState = NavigationSlice & ContentSlice & LanguageSlice & VisitSlice;
export type KioskStore = StoreApi<KioskState>;

/** What belongs to one visit. A later visitor setting (text size, search…) is added here. */
export const VISIT_KEYS = ['screen', 'language'] as const satisfies ReadonlyArray<keyof KioskState>;

type VisitState = Pick<KioskState, (typeof VISIT_KEYS)[number]>;

function visitState(state: KioskState): VisitState {
  return Object.fromEntries(VISIT_KEYS.map((key) => [key, state[key]])) as VisitState;
}

/** The one store of the renderer, made of slices; the API is injected so tests can fake it. */
export function createKioskStore(api: KioskApi): KioskStore {
  return createStore<KioskState>()((set, get, store) => ({
    ...createNavigationSlice(set, get, store),
    ...createContentSlice(api)(set, get, store),
    ...createLanguageSlice(set, get, store),
    resetVisit: () => set(visitState(store.getInitialState())),
  }));
}
