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
  dispose(): void;
}

/**
 * Quiet for `timeoutSeconds`, then a countdown of WARNING_SECONDS ticking once a second, then
 * onTimeout. One pending timer at a time, always from the clock it is given.
 */
export function createIdleTimer(
  clock: Clock,
  initialTimeoutSeconds: number,
  events: IdleTimerEvents,
): IdleTimer {
  let timeoutSeconds = initialTimeoutSeconds;
  let handle: number | undefined;
  let paused = false;
  let warning = false;

  const clear = (): void => {
    if (handle !== undefined) clock.clearTimeout(handle);
    handle = undefined;
  };

  const tick = (secondsLeft: number): void => {
    if (secondsLeft <= 0) {
      warning = false;
      handle = undefined;
      events.onTimeout();
      return;
    }
    warning = true;
    events.onCountdown(secondsLeft);
    handle = clock.setTimeout(() => tick(secondsLeft - 1), 1000);
  };

  const startQuiet = (): void => {
    clear();
    if (warning) {
      warning = false;
      events.onCancel();
    }
    if (paused) return;
    handle = clock.setTimeout(() => tick(WARNING_SECONDS), timeoutSeconds * 1000);
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
      if (!warning) startQuiet();
    },
    dispose() {
      clear();
      paused = true;
    },
  };
}
