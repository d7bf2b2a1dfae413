import { createStore, type StoreApi } from 'zustand';
import type { KioskApi } from '../../../electron/contract/api.ts';
import type { Speaker } from '../lib/speech.ts';
import { createAccessibilitySlice, type AccessibilitySlice } from './accessibility-slice.ts';
import { createAdminEntrySlice, type AdminEntrySlice } from './admin-entry-slice.ts';
import { createClockSlice, type ClockSlice } from './clock-slice.ts';
import { createContentSlice, type ContentSlice, type SeedContent } from './content-slice.ts';
import { createHealthSlice, type HealthSlice } from './health-slice.ts';
import { createIdleSlice, type IdleSlice } from './idle-slice.ts';
import { createLanguageSlice, type LanguageSlice } from './language-slice.ts';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice.ts';
import { createSearchSlice, type SearchSlice } from './search-slice.ts';
import { createSpeechSlice, type ReportMissingVoices, type SpeechSlice } from './speech-slice.ts';

export interface VisitSlice {
  /** Puts back everything one visitor may have changed; the content stays. */
  resetVisit(): void;
}

export type KioskState = NavigationSlice &
  ContentSlice &
  LanguageSlice &
  IdleSlice &
  AccessibilitySlice &
  SpeechSlice &
  SearchSlice &
  ClockSlice &
  AdminEntrySlice &
  HealthSlice &
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
  speaker?: Speaker;
  /**
   * Tells IT of languages the machine has no voice for (the app passes the core's
   * reportMissingVoices operation). Nobody unless given, as in tests.
   */
  reportMissingVoices?: ReportMissingVoices;
  /** The time the store starts at; later minutes come from setNow. */
  startedAt?: number;
  /** Content already known (the page's first-screen state): no "Loading" screen first. */
  seed?: SeedContent;
}

const silent: Speaker = {
  say: (_utterances, options) => options?.onDone?.(),
  stop: () => undefined,
  missingVoices: () => [],
};

export function createKioskStore(
  api: KioskApi,
  {
    prefersReducedMotion = false,
    speaker = silent,
    reportMissingVoices = () => undefined,
    startedAt = Date.now(),
    seed,
  }: KioskStoreOptions = {},
): KioskStore {
  return createStore<KioskState>()((set, get, store) => ({
    ...createNavigationSlice(set, get, store),
    ...createContentSlice(api, seed)(set, get, store),
    ...createLanguageSlice(set, get, store),
    ...createIdleSlice(set, get, store),
    ...createSearchSlice(set, get, store),
    ...createAccessibilitySlice(prefersReducedMotion)(set, get, store),
    ...createSpeechSlice(speaker, reportMissingVoices)(set, get, store),
    ...createClockSlice(startedAt)(set, get, store),
    ...createAdminEntrySlice(api)(set, get, store),
    ...createHealthSlice(api)(set, get, store),
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
