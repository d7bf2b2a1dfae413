import { useEffect } from 'react';
import { browserClock } from '../../lib/clock.ts';
import { MINUTE_MS } from '../../store/clock-slice.ts';
import { selectSetNow } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

/**
 * Moves the store's clock on as each minute turns, so an announcement appears at its start
 * and "Open now" turns to "Closed" at closing time without a touch. Through the one clock
 * tests control.
 */
export function useMinuteTick(): void {
  const setNow = useKiosk(selectSetNow);
  useEffect(() => {
    let handle = 0;
    const tick = (): void => {
      const now = browserClock.now();
      setNow(now);
      handle = browserClock.setTimeout(tick, MINUTE_MS - (now % MINUTE_MS));
    };
    tick();
    return () => browserClock.clearTimeout(handle);
  }, [setNow]);
}
