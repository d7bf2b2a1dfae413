import type { StateCreator } from 'zustand';
import type { Language } from '../lib/localize.ts';
import type { KioskState } from './kiosk-store.ts';

export interface LanguageSlice {
  language: Language;
  setLanguage(language: Language): void;
}

export const createLanguageSlice: StateCreator<KioskState, [], [], LanguageSlice> = (set) => ({
  language: 'en',
  setLanguage: (language) => set({ language }),
});
