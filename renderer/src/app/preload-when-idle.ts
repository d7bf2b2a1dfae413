import { preloadScreens } from '../features/screens/deferred-screens.ts';
import type { KioskState, KioskStore } from '../store/kiosk-store.ts';

/**
 * Loads the deferred screens' code once the content is in and the page has gone idle (by then
 * the first screen is painted), so it does not compete with start-up, yet is there before a
 * visitor's first touch can ask for it. A page that arrived with its content (the shell's
 * first screen) has it from the start, before any change the store could announce.
 */
export function preloadScreensWhenIdle(
  store: KioskStore,
  win: Pick<Window, 'requestIdleCallback'> = window,
  preload: () => Promise<unknown> = preloadScreens,
): void {
  const hasContent = (state: KioskState) => state.content !== null;
  const whenIdle = () => void win.requestIdleCallback(() => void preload());
  if (hasContent(store.getState())) {
    whenIdle();
    return;
  }
  const unsubscribe = store.subscribe((state) => {
    if (!hasContent(state)) return;
    unsubscribe();
    whenIdle();
  });
}
