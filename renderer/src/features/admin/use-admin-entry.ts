import { useEffect, useRef } from 'react';
import { browserClock } from '../../lib/clock.ts';
import { selectAdminView, selectOpenPinPad } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

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

/** Pointer handlers that open the PIN pad after a 3-second press on the wordmark. */
export function useWordmarkPress() {
  const openPinPad = useKiosk(selectOpenPinPad);
  const timer = useRef<number | null>(null);
  const cancel = (): void => {
    if (timer.current !== null) browserClock.clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => cancel, []);
  return {
    onPointerDown: () => {
      cancel();
      timer.current = browserClock.setTimeout(() => {
        timer.current = null;
        void openPinPad();
      }, LONG_PRESS_MS);
    },
    onPointerUp: cancel,
    onPointerLeave: cancel,
    onPointerCancel: cancel,
  };
}
