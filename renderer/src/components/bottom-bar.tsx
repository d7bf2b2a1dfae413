import { House, Search, ShieldCheck, type LucideIcon } from 'lucide-react';
import type { Screen } from '../store/navigation-slice.ts';
import {
  selectGoHome,
  selectOpenPrivacy,
  selectOpenSearch,
  selectScreen,
  selectUiText,
} from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';
import { VisitorTools } from './visitor-tools.tsx';

interface NavItem {
  screen: Screen['name'];
  icon: LucideIcon;
  label: string;
  go(): void;
}

/** Low on the screen, where a standing or seated visitor reaches. */
export function BottomBar() {
  const ui = useKiosk(selectUiText);
  const screen = useKiosk(selectScreen);
  const goHome = useKiosk(selectGoHome);
  const openSearch = useKiosk(selectOpenSearch);
  const openPrivacy = useKiosk(selectOpenPrivacy);
  const items: NavItem[] = [
    { screen: 'home', icon: House, label: ui.home, go: goHome },
    { screen: 'search', icon: Search, label: ui.search, go: openSearch },
    { screen: 'privacy', icon: ShieldCheck, label: ui.privacy, go: openPrivacy },
  ];
  return (
    // A landmark of its own, so assistive technology lists the tools beside the navigation.
    <footer className="bottom-bar">
      <nav className="bottom-bar__nav" aria-label={ui.kioskControls}>
        {items.map(({ screen: target, icon: Icon, label, go }) => (
          <button
            key={target}
            type="button"
            className="bar-button"
            aria-current={screen.name === target ? 'page' : undefined}
            onClick={go}
          >
            <Icon aria-hidden="true" className="bar-button__icon" />
            <span>{label}</span>
          </button>
        ))}
      </nav>
      <VisitorTools />
    </footer>
  );
}
