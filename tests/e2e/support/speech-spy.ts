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
 *
 * An utterance ends as soon as the script that asked for it is done (a microtask), never on a
 * timer: a reading a tap or key starts is heard to its end before the test's next step, so
 * where the voice is when the test acts never depends on how loaded the machine is. A timer
 * let a loaded run tap a paragraph just as the reading reached it, and take the reading's
 * words for the tap's.
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
  let current: SpeechSynthesisUtterance | null = null;
  synth.speak = (utterance: SpeechSynthesisUtterance) => {
    window.spokenTexts?.push(utterance.text);
    window.spokenUtterances?.push({ text: utterance.text, lang: utterance.lang });
    current = utterance;
    utterance.onstart?.(new Event('start') as SpeechSynthesisEvent);
    queueMicrotask(() => {
      if (current !== utterance) return;
      current = null;
      utterance.onend?.(new Event('end') as SpeechSynthesisEvent);
    });
  };
  // As a voice does, cancel cuts the utterance being said: it ends in error, never in "end".
  synth.cancel = () => {
    const cut = current;
    current = null;
    cut?.onerror?.(
      Object.assign(new Event('error'), { error: 'interrupted' }) as SpeechSynthesisErrorEvent,
    );
  };
}

export const spoken = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.spokenTexts ?? []);

export const spokenUtterances = (page: Page): Promise<SpokenUtterance[]> =>
  page.evaluate(() => window.spokenUtterances ?? []);
