import { useCallback } from 'react';
import type {
  LocalizedText,
  OptionalLocalizedText,
} from '../../../electron/contract/content-schema.ts';
import { localize } from '../lib/localize.ts';
import { selectLanguage } from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';

/** The content's text in the visitor's language. */
export function useLocalize(): (text: LocalizedText | OptionalLocalizedText) => string {
  const language = useKiosk(selectLanguage);
  return useCallback((text) => localize(text, language), [language]);
}
