import { UI_TEXT } from '../lib/ui-text.ts';
import type { KioskState } from './kiosk-store.ts';

/** What beginning a visit needs of the store. */
export type BeginVisitState = Pick<KioskState, 'begin' | 'speak' | 'readAloud' | 'language'>;

/**
 * Begins a visit and tells a visitor who cannot see, at once, where spoken help is: the Listen
 * button for a touch, the keys for a visitor who began from a keypad. One who has read aloud on
 * already hears home read instead. For "Touch to begin", and for a touch on it that the page
 * answered before React had taken it over (early-touch.ts).
 */
export function beginVisit(state: BeginVisitState, byKey: boolean): void {
  state.begin();
  const ui = UI_TEXT[state.language];
  if (!state.readAloud) state.speak(byKey ? ui.listenKeys : ui.listenWhere);
}
