import type {
  LocalizedText,
  OptionalLocalizedText,
} from '../../../electron/contract/content-schema.ts';

export type Language = 'en' | 'es';

export const LANGUAGES: readonly Language[] = ['en', 'es'];

/** Spanish may not be written yet: the visitor then reads the English rather than nothing. */
export function localize(text: LocalizedText | OptionalLocalizedText, language: Language): string {
  if (language === 'es' && text.es.trim() !== '') return text.es;
  return text.en;
}
