import type { Language } from './localize.ts';
import { UI_TEXT } from './ui-text.ts';

/** What the kiosk says, in `sayIn`, when it has no voice for `missing`. */
export function missingVoiceNotice(missing: Language, sayIn: Language): string {
  const ui = UI_TEXT[sayIn];
  return missing === 'en' ? ui.missingVoiceEnglish : ui.missingVoiceSpanish;
}
