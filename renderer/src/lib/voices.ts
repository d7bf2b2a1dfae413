import type { Language } from './localize.ts';

/** The lobby's region: US English and US Spanish, unless the machine's voices say otherwise. */
export const LANGUAGE_TAGS: Readonly<Record<Language, string>> = { en: 'en-US', es: 'es-US' };

/** What the kiosk reads of a SpeechSynthesisVoice. */
export interface VoiceInfo {
  lang: string;
  default?: boolean;
}

/** "es_MX" (Android) and "es-MX" alike, lower case. */
const normalTag = (tag: string): string => tag.replace('_', '-').toLowerCase();

/**
 * The machine's best voice for a language: one of the lobby's region first, then the one the
 * system prefers, then any voice of the language at all (Mexican Spanish beats an English voice
 * reading Spanish).
 */
export function voiceFor<V extends VoiceInfo>(
  voices: readonly V[],
  language: Language,
): V | undefined {
  const ofLanguage = voices.filter((voice) => normalTag(voice.lang).split('-')[0] === language);
  const region = normalTag(LANGUAGE_TAGS[language]);
  return (
    ofLanguage.find((voice) => normalTag(voice.lang) === region) ??
    ofLanguage.find((voice) => voice.default) ??
    ofLanguage[0]
  );
}

/**
 * The languages the machine has no voice for. An empty list says nothing yet: Chromium fills it
 * only after the page has started, so no language is judged missing until a voice is known.
 */
export function missingVoices(
  voices: readonly VoiceInfo[],
  languages: readonly Language[],
): Language[] {
  if (voices.length === 0) return [];
  return languages.filter((language) => !voiceFor(voices, language));
}
