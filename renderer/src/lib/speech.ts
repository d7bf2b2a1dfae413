import type { Language } from './localize.ts';

/** The voices of the lobby's region: US English and US Spanish. */
const VOICE_LANG: Readonly<Record<Language, string>> = { en: 'en-US', es: 'es-US' };

export interface Speaker {
  /** Stops anything being said, then says `text`; `onSpeaking` follows start and end. */
  say(text: string, language: Language): void;
  stop(): void;
}

/**
 * All speech goes through here (tests spy on window.speechSynthesis). Where the platform has
 * no speech synthesis, the kiosk stays silent rather than failing.
 */
export interface SpeechWindow {
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
}

export function createSpeaker(win: SpeechWindow, onSpeaking: (speaking: boolean) => void): Speaker {
  const synth = win.speechSynthesis;
  const Utterance = win.SpeechSynthesisUtterance;
  return {
    say(text, language) {
      if (!synth || !Utterance || text === '') return;
      synth.cancel();
      const utterance = new Utterance(text);
      utterance.lang = VOICE_LANG[language];
      const voice = synth.getVoices().find((v) => v.lang === utterance.lang);
      if (voice) utterance.voice = voice;
      utterance.onstart = () => onSpeaking(true);
      utterance.onend = () => onSpeaking(false);
      utterance.onerror = () => onSpeaking(false);
      synth.speak(utterance);
    },
    stop() {
      synth?.cancel();
      onSpeaking(false);
    },
  };
}
