import { useEffect, useRef } from 'react';

/**
 * Moves focus to a new screen's heading, so a screen reader starts reading there instead of
 * at the button that was pressed on the screen before.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return ref;
}
