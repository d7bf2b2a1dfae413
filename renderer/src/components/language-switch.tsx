import { Check } from 'lucide-react';
import type { Language } from '../lib/localize.ts';
import {
  selectLanguage,
  selectOfferedLanguages,
  selectSetLanguage,
  selectUiText,
} from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';

/** Each language is named in itself, so a visitor finds their own without reading the other. */
const OWN_NAME: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };

export function LanguageSwitch() {
  const current = useKiosk(selectLanguage);
  const setLanguage = useKiosk(selectSetLanguage);
  const ui = useKiosk(selectUiText);
  const offered = useKiosk(selectOfferedLanguages);
  // IT's policy may allow one language only: then there is nothing to switch.
  if (offered.length < 2) return null;
  return (
    <div className="language-switch" role="group" aria-label={ui.language}>
      {offered.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__button"
          aria-pressed={language === current}
          onClick={() => setLanguage(language)}
        >
          {/* A mark, not only a colour, says which is chosen: on the dark welcome screen the
              colours swap and the chosen one could pass for the other. */}
          {language === current && <Check aria-hidden="true" className="language-switch__check" />}
          {OWN_NAME[language]}
        </button>
      ))}
    </div>
  );
}
