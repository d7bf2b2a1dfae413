import type { Clock } from './clock.ts';

/** WCAG 2.2.1: the visitor gets at least 20 s of warning to ask for more time. */
export const WARNING_SECONDS = 20;

export interface IdleTimerEvents {
  /** The warning is showing (or ticking down): seconds left before the reset. */
  onCountdown(secondsLeft: number): void;
  /** The visitor came back during the warning, or the timer was paused: no warning. */
  onCancel(): void;
  /** The countdown ran out. */
  onTimeout(): void;
}

export interface IdleTimer {
  /** A touch, a key or a scroll: the quiet period starts again and any warning closes. */
  activity(): void;
  /** Stops counting (read-aloud speaking, attract screen showing) until resume(). */
  pause(): void;
  resume(): void;
  setTimeoutSeconds(seconds: number): void;
  /** Looks at the clock now (the page became visible again after a sleep). */
  check(): void;
  dispose(): void;
}

/** The longest the timer sleeps between looks at the clock, whatever is due. */
const LOOK_EVERY_MS = 1000;

/**
 * Quiet for `timeoutSeconds`, then a countdown of WARNING_SECONDS, then onTimeout. It runs to
 * a deadline on the clock, not by counting its own ticks: timers fire late or all at once
 * after a sleep or under throttling, and the last visitor's screen must not outlive its time.
 * It looks at the clock at least once a second, so a clock that jumps ahead resets at once.
 */
export function createIdleTimer(
  clock: Clock,
  initialTimeoutSeconds: number,
  events: IdleTimerEvents,
): IdleTimer {
  let timeoutSeconds = initialTimeoutSeconds;
  let handle: number | undefined;
  let paused = false;
  let disposed = false;
  let shown: number | null = null;
  let deadline = 0;

  const clear = (): void => {
    if (handle !== undefined) clock.clearTimeout(handle);
    handle = undefined;
  };

  const look = (): void => {
    clear();
    if (paused || disposed) return;
    const left = deadline - clock.now();
    if (left <= 0) {
      shown = null;
      events.onTimeout();
      return;
    }
    const warningMs = WARNING_SECONDS * 1000;
    if (left <= warningMs) {
      const secondsLeft = Math.ceil(left / 1000);
      if (secondsLeft !== shown) {
        shown = secondsLeft;
        events.onCountdown(secondsLeft);
      }
      // Wake when the next whole second is due.
      handle = clock.setTimeout(look, Math.min(LOOK_EVERY_MS, left - (secondsLeft - 1) * 1000));
      return;
    }
    handle = clock.setTimeout(look, Math.min(LOOK_EVERY_MS, left - warningMs));
  };

  const startQuiet = (): void => {
    if (shown !== null) {
      shown = null;
      events.onCancel();
    }
    deadline = clock.now() + (timeoutSeconds + WARNING_SECONDS) * 1000;
    look();
  };

  startQuiet();

  return {
    activity: startQuiet,
    pause() {
      paused = true;
      startQuiet();
    },
    resume() {
      if (!paused) return;
      paused = false;
      startQuiet();
    },
    setTimeoutSeconds(seconds) {
      if (seconds === timeoutSeconds) return;
      timeoutSeconds = seconds;
      if (shown === null) startQuiet();
    },
    check: look,
    dispose() {
      disposed = true;
      clear();
    },
  };
}
