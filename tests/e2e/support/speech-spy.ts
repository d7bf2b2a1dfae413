import type { Page } from '@playwright/test';

declare global {
  interface Window {
    spokenTexts?: string[];
  }
}

/**
 * Headless Chromium has no voices; the spy records what the kiosk asks to be said and plays
 * the utterance's start and end, as a voice would.
 */
export function speechSpy(): void {
  window.spokenTexts = [];
  const synth = window.speechSynthesis;
  synth.speak = (utterance: SpeechSynthesisUtterance) => {
    window.spokenTexts?.push(utterance.text);
    utterance.onstart?.(new Event('start') as SpeechSynthesisEvent);
    setTimeout(() => utterance.onend?.(new Event('end') as SpeechSynthesisEvent), 50);
  };
}

export const spoken = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.spokenTexts ?? []);
