import { useEffect } from 'react';
import { browserClock } from '../../lib/clock.ts';
import { clearPageTraces } from '../../lib/end-visit.ts';
import { createIdleTimer } from '../../lib/idle-timer.ts';
import {
  selectIdleTimeoutSeconds,
  selectResetVisit,
  selectScreen,
  selectSetIdleSecondsLeft,
} from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

/** A click counts too: assistive technology can press a button without any pointer event. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'scroll', 'click'] as const;

/**
 * Runs the idle timer while a visitor is on any screen but attract; when its warning runs out,
 * the whole visit is reset. The attract screen shows no warning: there is nothing to lose.
 */
export function useIdleReset(): void {
  const onAttract = useKiosk(selectScreen).name === 'attract';
  const timeoutSeconds = useKiosk(selectIdleTimeoutSeconds);
  const setSecondsLeft = useKiosk(selectSetIdleSecondsLeft);
  const resetVisit = useKiosk(selectResetVisit);

  useEffect(() => {
    if (onAttract) return undefined;
    const timer = createIdleTimer(browserClock, timeoutSeconds, {
      onCountdown: setSecondsLeft,
      onCancel: () => setSecondsLeft(null),
      onTimeout: () => {
        resetVisit();
        clearPageTraces(window);
      },
    });
    const onActivity = (): void => timer.activity();
    const options = { capture: true, passive: true };
    for (const name of ACTIVITY_EVENTS) document.addEventListener(name, onActivity, options);
    return () => {
      for (const name of ACTIVITY_EVENTS) document.removeEventListener(name, onActivity, options);
      timer.dispose();
    };
  }, [onAttract, timeoutSeconds, setSecondsLeft, resetVisit]);
}
