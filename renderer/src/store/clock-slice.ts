import type { StateCreator } from 'zustand';
import type { KioskState } from './kiosk-store.ts';

export const MINUTE_MS = 60_000;

export interface ClockSlice {
  /** The current minute (ms since the epoch, at :00), which announcements and hours follow. */
  now: number;
  setNow(ms: number): void;
}

/** Whole minutes only: screens re-render when the minute turns, not on every tick. */
export const createClockSlice =
  (startedAt: number): StateCreator<KioskState, [], [], ClockSlice> =>
  (set) => ({
    now: startedAt - (startedAt % MINUTE_MS),
    setNow: (ms) => set({ now: ms - (ms % MINUTE_MS) }),
  });
