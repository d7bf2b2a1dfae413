import { Info } from 'lucide-react';
import { useId } from 'react';
import { useLoaded } from '../../hooks/use-loaded.ts';
import { useLocalize } from '../../hooks/use-localize.ts';
import { selectKioskText, selectUiText } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

/** The kiosk's own words about itself, kept apart from the agency's policy. */
export function KioskNote() {
  const kiosk = useLoaded(selectKioskText);
  const ui = useKiosk(selectUiText);
  const t = useLocalize();
  const headingId = useId();
  return (
    <aside className="kiosk-note" aria-labelledby={headingId}>
      <h2 id={headingId} className="kiosk-note__title">
        <Info aria-hidden="true" className="kiosk-note__icon" />
        {ui.aboutThisKiosk}
      </h2>
      {kiosk.privacyNote.map((paragraph, index) => (
        <p key={index} className="kiosk-note__text">
          {t(paragraph)}
        </p>
      ))}
    </aside>
  );
}
