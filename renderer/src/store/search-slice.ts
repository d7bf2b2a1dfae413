import type { StateCreator } from 'zustand';
import { MAX_SEARCH_LENGTH } from '../lib/keyboard-layouts.ts';
import type { KioskState } from './kiosk-store.ts';

/**
 * What a visitor types lives here only: never stored, sent, counted or logged, and gone with
 * the visit's reset.
 */
export interface SearchSlice {
  searchText: string;
  typeKey(key: string): void;
  deleteKey(): void;
  clearSearch(): void;
}

export const createSearchSlice: StateCreator<KioskState, [], [], SearchSlice> = (set, get) => ({
  searchText: '',
  typeKey: (key) => set({ searchText: (get().searchText + key).slice(0, MAX_SEARCH_LENGTH) }),
  deleteKey: () => set({ searchText: [...get().searchText].slice(0, -1).join('') }),
  clearSearch: () => set({ searchText: '' }),
});
