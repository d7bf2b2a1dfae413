import type { StateCreator } from 'zustand';
import type { KioskState } from './kiosk-store.ts';

/** Four steps up to 200%: WCAG 1.4.4 asks for 200% with nothing lost. */
export const TEXT_SCALES = [1, 1.25, 1.5, 2] as const;
export type TextScale = (typeof TEXT_SCALES)[number];

export type AccessibilityToggle = 'highContrast' | 'readAloud' | 'reachMode' | 'reducedMotion';

export interface AccessibilitySlice {
  textScale: TextScale;
  highContrast: boolean;
  readAloud: boolean;
  reachMode: boolean;
  reducedMotion: boolean;
  accessibilityPanelOpen: boolean;
  setTextScale(scale: TextScale): void;
  toggleAccessibility(setting: AccessibilityToggle): void;
  setAccessibilityPanelOpen(open: boolean): void;
}

/** The system's own setting is where reduced motion starts, for every visitor. */
export const createAccessibilitySlice =
  (prefersReducedMotion: boolean): StateCreator<KioskState, [], [], AccessibilitySlice> =>
  (set, get) => ({
    textScale: 1,
    highContrast: false,
    readAloud: false,
    reachMode: false,
    reducedMotion: prefersReducedMotion,
    accessibilityPanelOpen: false,
    setTextScale: (textScale) => set({ textScale }),
    toggleAccessibility: (setting) => set({ [setting]: !get()[setting] }),
    setAccessibilityPanelOpen: (accessibilityPanelOpen) => set({ accessibilityPanelOpen }),
  });
