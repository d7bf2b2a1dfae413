import { Languages } from 'lucide-react';
import { selectUiText } from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';

/** Agency text in Spanish is a translation; the English original is the one that counts. */
export function TranslationNote() {
  const ui = useKiosk(selectUiText);
  if (ui.translationNote === '') return null;
  return (
    <p className="translation-note">
      <Languages aria-hidden="true" className="translation-note__icon" />
      <span>{ui.translationNote}</span>
    </p>
  );
}
