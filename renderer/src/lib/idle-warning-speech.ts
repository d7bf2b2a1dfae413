import type { Language } from './localize.ts';
import { plural } from './plural.ts';
import type { UiText } from './ui-text.ts';

/** "20 seconds left.", "1 segundo restante.": the count in its plural form, as shown. */
export function countdownSpeech(ui: UiText, language: Language, secondsLeft: number): string {
  return `${String(secondsLeft)} ${plural(language, secondsLeft, ui.idleSeconds)}.`;
}

/**
 * The idle warning as a visitor who cannot see hears it when it opens: what is happening, the
 * time left, and that any touch or key keeps the visit (they cannot look for the button).
 */
export function idleWarningSpeech(ui: UiText, language: Language, secondsLeft: number): string {
  return [
    ui.idleTitle,
    ui.idleMessage,
    countdownSpeech(ui, language, secondsLeft),
    ui.idleKeepGoing,
  ].join(' ');
}
