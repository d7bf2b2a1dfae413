import { LANGUAGES, type Language } from '../../lib/localize.ts';
import { selectLanguage, selectSetLanguage, selectUiText } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

/** Each language is named in itself, so a visitor finds their own without reading the other. */
const OWN_NAME: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };

export function LanguageSwitch() {
  const current = useKiosk(selectLanguage);
  const setLanguage = useKiosk(selectSetLanguage);
  const ui = useKiosk(selectUiText);
  return (
    <div className="language-switch" role="group" aria-label={ui.language}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__button"
          aria-pressed={language === current}
          onClick={() => setLanguage(language)}
        >
          {OWN_NAME[language]}
        </button>
      ))}
    </div>
  );
}
