/**
 * Every timer of the visitor screens goes through here, so one clock rules them: Playwright's
 * page clock in e2e (it replaces these globals) and vitest's fake timers in unit tests.
 */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

export const browserClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle),
};
