import type { KioskState, KioskStore } from '../store/kiosk-store.ts';
import { browserClock, type Clock } from './clock.ts';

/** The quiet hour, local time: the lobby is closed, and a reload costs no visitor anything. */
export const NIGHTLY_RELOAD_HOUR = 3;

/** A visit or staff at work holds the reload off this long, within the quiet hour. */
export const RELOAD_RETRY_MS = 5 * 60_000;

/** Milliseconds from `now` to the next time the local clock reads `hour`:00. */
export function msUntilHour(now: number, hour: number): number {
  const next = new Date(now);
  next.setHours(hour, 0, 0, 0);
  if (next.getTime() <= now) next.setDate(next.getDate() + 1);
  return next.getTime() - now;
}

/** No touch or key for this long: nobody is there, whatever the screen shows. */
export const UNTOUCHED_MS = 10 * 60_000;

/**
 * Nobody is using the kiosk: the attract screen is up and admin is closed, or nothing has been
 * touched for UNTOUCHED_MS. The second holds when the React tree that returns the attract
 * screen has itself failed: the reload is what mends it, so it must not wait for that tree.
 */
export function isQuiet(
  state: Pick<KioskState, 'screen' | 'adminView'>,
  untouchedMs: number,
): boolean {
  return (
    (state.screen.name === 'attract' && state.adminView === 'closed') || untouchedMs >= UNTOUCHED_MS
  );
}

/**
 * Reloads the page once a night in the quiet hour, when nobody is using the kiosk, so that
 * what a page gathers over weeks unattended (compiled code, caches) starts from nothing again.
 * A page that wakes after the hour has passed (a machine asleep) waits for the next night; the
 * reloaded page schedules the night after, so it never reloads twice.
 */
export function startNightlyReload(
  store: Pick<KioskStore, 'getState'>,
  reload: () => void,
  lastTouch: () => number,
  clock: Clock = browserClock,
): () => void {
  let handle = 0;
  const attempt = (): void => {
    const now = clock.now();
    if (new Date(now).getHours() !== NIGHTLY_RELOAD_HOUR) {
      handle = clock.setTimeout(attempt, msUntilHour(now, NIGHTLY_RELOAD_HOUR));
    } else if (isQuiet(store.getState(), now - lastTouch())) {
      reload();
    } else {
      handle = clock.setTimeout(attempt, RELOAD_RETRY_MS);
    }
  };
  handle = clock.setTimeout(attempt, msUntilHour(clock.now(), NIGHTLY_RELOAD_HOUR));
  return () => clock.clearTimeout(handle);
}
