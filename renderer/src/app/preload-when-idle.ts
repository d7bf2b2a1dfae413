import { preloadScreens } from '../features/screens/deferred-screens.ts';
import type { KioskStore } from '../store/kiosk-store.ts';

/**
 * Loads the deferred screens' code once the content is in and the page has gone idle (by then
 * the first screen is painted), so it does not compete with start-up, yet is there before a
 * visitor's first touch can ask for it.
 */
export function preloadScreensWhenIdle(store: KioskStore, win: Window = window): void {
  const unsubscribe = store.subscribe((state) => {
    if (!state.content) return;
    unsubscribe();
    win.requestIdleCallback(() => void preloadScreens());
  });
}
