import { createStore, type StoreApi } from 'zustand';
import type { KioskApi } from '../../../electron/contract/api.ts';
import {
  createAccessibilitySlice,
  type AccessibilitySlice,
  type MakeSpeaker,
} from './accessibility-slice.ts';
import { createAdminSlice, type AdminSlice } from './admin-slice.ts';
import { createClockSlice, type ClockSlice } from './clock-slice.ts';
import { createContentSlice, type ContentSlice } from './content-slice.ts';
import { createEditorSlice, type EditorSlice } from './editor-slice.ts';
import { createIdleSlice, type IdleSlice } from './idle-slice.ts';
import { createLanguageSlice, type LanguageSlice } from './language-slice.ts';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice.ts';
import { createRecordsSlice, type RecordsSlice } from './records-slice.ts';
import { createSearchSlice, type SearchSlice } from './search-slice.ts';

export interface VisitSlice {
  /** Puts back everything one visitor may have changed; the content stays. */
  resetVisit(): void;
}

export type KioskState = NavigationSlice &
  ContentSlice &
  LanguageSlice &
  IdleSlice &
  AccessibilitySlice &
  SearchSlice &
  ClockSlice &
  AdminSlice &
  EditorSlice &
  RecordsSlice &
  VisitSlice;
export type KioskStore = StoreApi<KioskState>;

/**
 * What outlives a visit: the published content, its loading state and the time of day. Everything else in the
 * store belongs to one visitor and goes back to its initial value on reset, so a setting added
 * by a later slice cannot be forgotten by the reset.
 */
export const KEPT_ACROSS_VISITS = [
  'content',
  'revision',
  'loadError',
  'loading',
  'now',
] as const satisfies ReadonlyArray<keyof KioskState>;

function visitState(initial: KioskState): Partial<KioskState> {
  const kept = new Set<string>(KEPT_ACROSS_VISITS);
  return Object.fromEntries(Object.entries(initial).filter(([key]) => !kept.has(key)));
}

/** The one store of the renderer, made of slices; the API is injected so tests can fake it. */
export interface KioskStoreOptions {
  /** The system asks for reduced motion (prefers-reduced-motion). */
  prefersReducedMotion?: boolean;
  /** Speech synthesis; silent unless given (tests and the browser pass their own). */
  makeSpeaker?: MakeSpeaker;
  /** The time the store starts at; later minutes come from setNow. */
  startedAt?: number;
}

const silent: MakeSpeaker = () => ({ say: () => undefined, stop: () => undefined });

export function createKioskStore(
  api: KioskApi,
  {
    prefersReducedMotion = false,
    makeSpeaker = silent,
    startedAt = Date.now(),
  }: KioskStoreOptions = {},
): KioskStore {
  return createStore<KioskState>()((set, get, store) => ({
    ...createNavigationSlice(set, get, store),
    ...createContentSlice(api)(set, get, store),
    ...createLanguageSlice(set, get, store),
    ...createIdleSlice(set, get, store),
    ...createSearchSlice(set, get, store),
    ...createAccessibilitySlice(prefersReducedMotion, makeSpeaker)(set, get, store),
    ...createClockSlice(startedAt)(set, get, store),
    ...createAdminSlice(api)(set, get, store),
    ...createEditorSlice(api)(set, get, store),
    ...createRecordsSlice(api)(set, get, store),
    resetVisit: () => {
      get().stopSpeaking();
      // The next visitor meets the kiosk in the language staff chose.
      set({
        ...visitState(store.getInitialState()),
        language: get().content?.kiosk.defaultLanguage ?? 'en',
      });
    },
  }));
}
