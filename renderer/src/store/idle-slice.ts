import type { StateCreator } from 'zustand';
import type { KioskState } from './kiosk-store.ts';

export interface IdleSlice {
  /** Seconds left on the idle warning while it shows; null when no warning shows. */
  idleSecondsLeft: number | null;
  setIdleSecondsLeft(secondsLeft: number | null): void;
}

export const createIdleSlice: StateCreator<KioskState, [], [], IdleSlice> = (set) => ({
  idleSecondsLeft: null,
  setIdleSecondsLeft: (idleSecondsLeft) => set({ idleSecondsLeft }),
});
