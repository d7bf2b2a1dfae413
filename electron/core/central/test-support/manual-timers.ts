import type { Timers } from '../../clock.ts';

export interface ManualTimers extends Timers {
  /** The delays of the timers set and not yet run or cleared, in the order they were set. */
  pending(): number[];
  /** Runs the timer set first (as if its time had come); false when none is pending. */
  runNext(): boolean;
}

/**
 * Timers that run only when told: a check reads real files, whose promises vitest's fake clock
 * cannot flush, so the test decides when the next timer fires and reads the delay it was given.
 */
export function createManualTimers(): ManualTimers {
  const timers = new Map<number, { callback: () => void; ms: number }>();
  let next = 0;
  return {
    setTimeout(callback, ms) {
      next += 1;
      timers.set(next, { callback, ms });
      return next;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    pending: () => [...timers.values()].map(({ ms }) => ms),
    runNext() {
      const first = timers.entries().next();
      if (first.done === true) return false;
      const [handle, { callback }] = first.value;
      timers.delete(handle);
      callback();
      return true;
    },
  };
}
