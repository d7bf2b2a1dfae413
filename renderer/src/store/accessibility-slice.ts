import type { StateCreator } from 'zustand';
import type { Speaker } from '../lib/speech.ts';
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
  /** True while speech synthesis is talking; the idle timer waits for it. */
  speaking: boolean;
  /** What was last said, for "Repeat". */
  lastSpoken: string;
  setTextScale(scale: TextScale): void;
  toggleAccessibility(setting: AccessibilityToggle): void;
  setAccessibilityPanelOpen(open: boolean): void;
  /** Says `text` in the visitor's language (read aloud, the Listen button, the attract hint). */
  speak(text: string): void;
  stopSpeaking(): void;
  repeatSpeech(): void;
}

export type MakeSpeaker = (onSpeaking: (speaking: boolean) => void) => Speaker;

/** The system's own setting is where reduced motion starts, for every visitor. */
export const createAccessibilitySlice =
  (
    prefersReducedMotion: boolean,
    makeSpeaker: MakeSpeaker,
  ): StateCreator<KioskState, [], [], AccessibilitySlice> =>
  (set, get) => {
    const speaker = makeSpeaker((speaking) => set({ speaking }));
    return {
      textScale: 1,
      highContrast: false,
      readAloud: false,
      reachMode: false,
      reducedMotion: prefersReducedMotion,
      accessibilityPanelOpen: false,
      speaking: false,
      lastSpoken: '',
      setTextScale: (textScale) => set({ textScale }),
      toggleAccessibility: (setting) => set({ [setting]: !get()[setting] }),
      setAccessibilityPanelOpen: (accessibilityPanelOpen) => set({ accessibilityPanelOpen }),
      speak: (text) => {
        set({ lastSpoken: text });
        speaker.say(text, get().language);
      },
      repeatSpeech: () => speaker.say(get().lastSpoken, get().language),
      stopSpeaking: () => speaker.stop(),
    };
  };
