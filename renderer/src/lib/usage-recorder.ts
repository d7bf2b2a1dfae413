import type { KioskApi } from '../../../electron/contract/api.ts';
import type { UsageCount } from '../../../electron/contract/usage-schema.ts';
import { USAGE_BATCH_MAX } from '../../../electron/contract/wire.ts';
import type { KioskState, KioskStore } from '../store/kiosk-store.ts';
import type { Screen } from '../store/navigation-slice.ts';
import { browserClock, type Clock } from './clock.ts';

/** Counts wait this long for more, so a visitor's taps go to the core in one call, not one each. */
export const USAGE_BATCH_MS = 2000;

/** Each accessibility feature by the name it is counted under, and when it is on. */
const FEATURES: ReadonlyArray<readonly [string, (s: KioskState) => boolean]> = [
  ['text-size', (s) => s.textScale !== 1],
  ['high-contrast', (s) => s.highContrast],
  ['read-aloud', (s) => s.readAloud],
  ['reach-mode', (s) => s.reachMode],
  ['reduced-motion', (s) => s.reducedMotion],
];

const screenKey = (screen: Screen): string =>
  screen.name === 'program' ? `program:${screen.programId}` : screen.name;

/**
 * What one change of the store adds to the anonymous counts: a screen shown, a program opened,
 * a language switched to, a feature turned on. Only names from the kiosk's own vocabulary and
 * content: never the search text, and nothing that could tell one visitor from another.
 */
export function usageCounts(state: KioskState, previous: KioskState): UsageCount[] {
  // Staff opening, using or leaving admin are not visitors.
  if (state.adminView !== 'closed' || previous.adminView !== 'closed') return [];
  const counts: UsageCount[] = [];
  const screenChanged = screenKey(state.screen) !== screenKey(previous.screen);
  if (screenChanged) {
    counts.push({ kind: 'screen', key: state.screen.name });
    if (state.screen.name === 'program') {
      counts.push({ kind: 'program', key: state.screen.programId });
    }
  }
  // Only the end of a visit brings the attract screen back, with the start language and the
  // system's reduced motion: the kiosk's doing, not a visitor's choice.
  if (screenChanged && state.screen.name === 'attract') return counts;
  if (state.language !== previous.language) counts.push({ kind: 'language', key: state.language });
  for (const [key, isOn] of FEATURES) {
    if (isOn(state) && !isOn(previous)) counts.push({ kind: 'feature', key });
  }
  return counts;
}

/**
 * Sends the counts of every later change of the store, a few seconds' worth at a time; returns
 * the way to stop, which sends what is still waiting.
 */
export function startUsageRecording(
  store: KioskStore,
  api: Pick<KioskApi, 'countUsage'>,
  clock: Clock = browserClock,
): () => void {
  let waiting: UsageCount[] = [];
  let handle: number | undefined;
  const flush = (): void => {
    if (handle !== undefined) clock.clearTimeout(handle);
    handle = undefined;
    const counts = waiting;
    waiting = [];
    for (let at = 0; at < counts.length; at += USAGE_BATCH_MAX) {
      send(api, counts.slice(at, at + USAGE_BATCH_MAX));
    }
  };
  const unsubscribe = store.subscribe((state, previous) => {
    waiting.push(...usageCounts(state, previous));
    if (waiting.length >= USAGE_BATCH_MAX) flush();
    else if (waiting.length > 0 && handle === undefined) {
      handle = clock.setTimeout(flush, USAGE_BATCH_MS);
    }
  });
  return () => {
    unsubscribe();
    flush();
  };
}

function send(api: Pick<KioskApi, 'countUsage'>, counts: UsageCount[]): void {
  // Counts are best-effort: a failure, even a bridge that throws at once, never reaches the
  // visitor (the executor turns a throw into a rejection, and the rejection is dropped).
  void new Promise<void>((resolve) => resolve(api.countUsage({ counts }))).catch(() => undefined);
}
