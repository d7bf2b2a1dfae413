import { Pointer } from 'lucide-react';
import { useWordmarkPress } from '../../hooks/use-admin-entry.ts';
import { useBeginVisit } from '../../hooks/use-begin-visit.ts';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.ts';
import { useLoaded } from '../../hooks/use-loaded.ts';
import { useLocalize } from '../../hooks/use-localize.ts';
import { repeatsName } from '../../lib/repeats-name.ts';
import { MAIN_TEXT_TIMING } from '../../lib/render-marks.ts';
import { selectBureau, selectKioskText, selectUiText } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';
import { SpeechBar } from '../../components/speech-bar.tsx';
import { VisitorTools } from '../../components/visitor-tools.tsx';
import { AnnouncementList } from '../notices/announcement-list.tsx';

/**
 * The button fills the whole screen, so a touch anywhere begins; the words lie above it and
 * let touches through (see attract.css), which keeps the heading out of the button.
 */
export function AttractScreen() {
  const bureau = useLoaded(selectBureau);
  const kiosk = useLoaded(selectKioskText);
  const ui = useKiosk(selectUiText);
  const beginVisit = useBeginVisit();
  const t = useLocalize();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const press = useWordmarkPress(() => beginVisit(false));
  const title = t(kiosk.attractTitle);
  const name = t(bureau.name);

  return (
    <main className="attract">
      <button
        type="button"
        className="attract__button"
        // A click from Enter or Space has no pointer, so no click count.
        onClick={(event) => beginVisit(event.detail === 0)}
      >
        <span className="attract__cta">
          <Pointer aria-hidden="true" className="attract__cta-icon" />
          <span>{ui.touchToBegin}</span>
        </span>
      </button>
      <div className="attract__words">
        {/* The wordmark: a 3-second press opens staff sign-in here too; a tap begins. */}
        <p className="attract__badge" {...press}>
          {bureau.abbreviation}
        </p>
        {!repeatsName(title, name) && <p className="attract__bureau">{name}</p>}
        <h1 className="attract__title" ref={heading} tabIndex={-1} elementtiming={MAIN_TEXT_TIMING}>
          {title}
        </h1>
        <p className="attract__hint">{ui.attractHint}</p>
        <AnnouncementList className="attract__announcements" />
      </div>
      <div className="attract__tools">
        <SpeechBar />
        <VisitorTools />
      </div>
    </main>
  );
}
