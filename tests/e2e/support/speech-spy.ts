import type { Page } from '@playwright/test';

/** One thing the kiosk asked to be said, with the language it asked for. */
export interface SpokenUtterance {
  text: string;
  lang: string;
}

declare global {
  interface Window {
    spokenTexts?: string[];
    spokenUtterances?: SpokenUtterance[];
  }
}

/**
 * Headless Chromium has no voices; the spy gives the machine a US English and a US Spanish
 * voice, records what the kiosk asks to be said, and plays each utterance's start and end, as a
 * voice would. Its utterances are plain objects, as the browser's refuse a voice it did not make.
 */
export function speechSpy(): void {
  window.spokenTexts = [];
  window.spokenUtterances = [];
  const voice = (lang: string) => ({ lang, name: `Spy ${lang}`, voiceURI: lang, default: false });
  const voices = [voice('en-US'), voice('es-US')];
  class SpyUtterance {
    lang = '';
    voice: unknown = null;
    volume = 1;
    rate = 1;
    pitch = 1;
    onstart: ((event: Event) => void) | null = null;
    onend: ((event: Event) => void) | null = null;
    onerror: ((event: Event) => void) | null = null;
    constructor(readonly text: string) {}
  }
  const synth = window.speechSynthesis;
  window.SpeechSynthesisUtterance = SpyUtterance as unknown as typeof SpeechSynthesisUtterance;
  synth.getVoices = () => voices as unknown as SpeechSynthesisVoice[];
  synth.speak = (utterance: SpeechSynthesisUtterance) => {
    window.spokenTexts?.push(utterance.text);
    window.spokenUtterances?.push({ text: utterance.text, lang: utterance.lang });
    utterance.onstart?.(new Event('start') as SpeechSynthesisEvent);
    setTimeout(() => utterance.onend?.(new Event('end') as SpeechSynthesisEvent), 50);
  };
}

export const spoken = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.spokenTexts ?? []);

export const spokenUtterances = (page: Page): Promise<SpokenUtterance[]> =>
  page.evaluate(() => window.spokenUtterances ?? []);
