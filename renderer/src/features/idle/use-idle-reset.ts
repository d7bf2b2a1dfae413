import { useEffect, useRef } from 'react';
import { browserClock } from '../../lib/clock.ts';
import { clearPageTraces } from '../../lib/end-visit.ts';
import { createIdleTimer, type IdleTimer } from '../../lib/idle-timer.ts';
import {
  selectAdminView,
  selectIdleTimeoutSeconds,
  selectResetVisit,
  selectScreen,
  selectSetIdleSecondsLeft,
  selectSpeaking,
} from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

/** A click counts too: assistive technology can press a button without any pointer event. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'scroll', 'click'] as const;

/**
 * Runs the idle timer while a visitor is on any screen but attract; when its warning runs out,
 * the whole visit is reset. The attract screen shows no warning: there is nothing to lose.
 */
export function useIdleReset(): void {
  const screen = useKiosk(selectScreen);
  const adminView = useKiosk(selectAdminView);
  // Nothing to reset on attract; in admin, staff's own 3-minute timeout applies instead.
  const onAttract = screen.name === 'attract' || adminView === 'editor';
  const timeoutSeconds = useKiosk(selectIdleTimeoutSeconds);
  const setSecondsLeft = useKiosk(selectSetIdleSecondsLeft);
  const resetVisit = useKiosk(selectResetVisit);
  const speaking = useKiosk(selectSpeaking);
  const timer = useRef<IdleTimer | null>(null);

  useEffect(() => {
    if (onAttract) return undefined;
    const idle = createIdleTimer(browserClock, timeoutSeconds, {
      onCountdown: setSecondsLeft,
      onCancel: () => setSecondsLeft(null),
      onTimeout: () => {
        resetVisit();
        clearPageTraces(window);
      },
    });
    timer.current = idle;
    const onActivity = (): void => idle.activity();
    // Timers sleep with a hidden page or a sleeping machine: look at the clock on waking.
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') idle.check();
    };
    const options = { capture: true, passive: true };
    for (const name of ACTIVITY_EVENTS) document.addEventListener(name, onActivity, options);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      for (const name of ACTIVITY_EVENTS) document.removeEventListener(name, onActivity, options);
      document.removeEventListener('visibilitychange', onVisible);
      idle.dispose();
      timer.current = null;
    };
  }, [onAttract, timeoutSeconds, setSecondsLeft, resetVisit]);

  // A visitor listening to the screen is not idle: the timer waits until the voice stops.
  useEffect(() => {
    if (speaking) timer.current?.pause();
    else timer.current?.resume();
  }, [speaking, onAttract, timeoutSeconds]);
}
