import { Pointer } from 'lucide-react';
import { useLayoutEffect } from 'react';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.ts';
import { useLoaded } from '../../hooks/use-loaded.ts';
import { useLocalize } from '../../hooks/use-localize.ts';
import { markPaintedOnce } from '../../lib/mark-once.ts';
import { ATTRACT_RENDERED_MARK } from '../../lib/render-marks.ts';
import {
  selectBegin,
  selectBureau,
  selectKioskText,
  selectSpeak,
  selectUiText,
} from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';
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
  const begin = useKiosk(selectBegin);
  const speak = useKiosk(selectSpeak);
  const t = useLocalize();
  const heading = useFocusOnMount<HTMLHeadingElement>();

  useLayoutEffect(() => markPaintedOnce(ATTRACT_RENDERED_MARK), []);

  return (
    <main className="attract">
      <button
        type="button"
        className="attract__button"
        onClick={() => {
          begin();
          // A visitor who cannot see learns at once where spoken help is.
          speak(ui.listenWhere);
        }}
      >
        <span className="attract__cta">
          <Pointer aria-hidden="true" className="attract__cta-icon" />
          <span>{ui.touchToBegin}</span>
        </span>
      </button>
      <div className="attract__words">
        <p className="attract__badge">{bureau.abbreviation}</p>
        <p className="attract__bureau">{t(bureau.name)}</p>
        <h1 className="attract__title" ref={heading} tabIndex={-1}>
          {t(kiosk.attractTitle)}
        </h1>
        <p className="attract__hint">{ui.attractHint}</p>
        <AnnouncementList className="attract__announcements" />
      </div>
      <div className="attract__tools">
        <VisitorTools />
      </div>
    </main>
  );
}
