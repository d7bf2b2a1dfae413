import { useEffect, useRef } from 'react';
import { browserClock } from '../lib/clock.ts';
import { selectAdminView, selectOpenPinPad } from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';

/** How long staff hold the wordmark: far longer than any visitor's tap. */
export const LONG_PRESS_MS = 3000;

/** Ctrl+Alt+A opens the PIN pad from any visitor screen, for staff with a keyboard. */
export function useAdminChord(): void {
  const openPinPad = useKiosk(selectOpenPinPad);
  const view = useKiosk(selectAdminView);
  useEffect(() => {
    if (view !== 'closed') return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey && event.altKey && event.key.toLowerCase() === 'a') {
        event.preventDefault();
        void openPinPad();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openPinPad, view]);
}

/**
 * Pointer handlers that open the PIN pad after a 3-second press on the wordmark. A shorter
 * press is a visitor's tap: `onTap` runs (the welcome screen's wordmark begins the visit like
 * the rest of that screen); the click that ends a long press does nothing more.
 */
export function useWordmarkPress(onTap?: () => void) {
  const openPinPad = useKiosk(selectOpenPinPad);
  const timer = useRef<number | null>(null);
  const held = useRef(false);
  const cancel = (): void => {
    if (timer.current !== null) browserClock.clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => cancel, []);
  return {
    onPointerDown: () => {
      cancel();
      held.current = false;
      timer.current = browserClock.setTimeout(() => {
        timer.current = null;
        held.current = true;
        void openPinPad();
      }, LONG_PRESS_MS);
    },
    onPointerUp: cancel,
    onPointerLeave: cancel,
    onPointerCancel: cancel,
    onClick: () => {
      if (held.current) held.current = false;
      else onTap?.();
    },
  };
}
