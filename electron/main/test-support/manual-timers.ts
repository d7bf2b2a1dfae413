import type { Timers } from '../../core/index.ts';

/** Timers a test moves by hand: nothing fires until `advance` passes its time. */
export function createManualTimers(): Timers & {
  advance(ms: number): void;
  pending(): number[];
  /** Milliseconds moved so far; while a timer runs, the moment it was due. */
  elapsed(): number;
} {
  let now = 0;
  let nextHandle = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    setTimeout(callback, ms) {
      const handle = nextHandle++;
      timers.set(handle, { at: now + ms, callback });
      return handle;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, timer]) => timer.at <= until)
          .sort(([, a], [, b]) => a.at - b.at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = until;
    },
    pending: () => [...timers.values()].map((timer) => timer.at - now),
    elapsed: () => now,
  };
}
