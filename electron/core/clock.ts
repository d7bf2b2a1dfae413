/**
 * The one clock of core and shell code: `Now` for the time (milliseconds since the epoch, a
 * number everywhere, so no caller converts), `Timers` for waiting. Tests pass their own (a fixed
 * time, vitest's fake timers); the app the system's.
 */
export type Now = () => number;

export const systemNow: Now = () => Date.now();

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
