import { House, ShieldCheck } from 'lucide-react';
import { selectGoHome, selectOpenPrivacy, selectScreen, selectUiText } from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';
import { VisitorTools } from './visitor-tools.tsx';

/** Low on the screen, where a standing or seated visitor reaches; room is left on the right. */
export function BottomBar() {
  const ui = useKiosk(selectUiText);
  const screen = useKiosk(selectScreen);
  const goHome = useKiosk(selectGoHome);
  const openPrivacy = useKiosk(selectOpenPrivacy);
  return (
    // A landmark of its own, so assistive technology lists the tools beside the navigation.
    <footer className="bottom-bar">
      <nav className="bottom-bar__nav" aria-label={ui.kioskControls}>
        <button
          type="button"
          className="bar-button"
          aria-current={screen.name === 'home' ? 'page' : undefined}
          onClick={goHome}
        >
          <House aria-hidden="true" className="bar-button__icon" />
          <span>{ui.home}</span>
        </button>
        <button
          type="button"
          className="bar-button"
          aria-current={screen.name === 'privacy' ? 'page' : undefined}
          onClick={openPrivacy}
        >
          <ShieldCheck aria-hidden="true" className="bar-button__icon" />
          <span>{ui.privacy}</span>
        </button>
      </nav>
      <VisitorTools />
    </footer>
  );
}
