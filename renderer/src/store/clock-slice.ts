import type { StateCreator } from 'zustand';
import { MINUTE_MS } from '../../../electron/contract/first-screen.ts';
import type { KioskState } from './kiosk-store.ts';

export { MINUTE_MS };

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
