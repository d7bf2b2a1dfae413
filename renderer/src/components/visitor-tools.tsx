import { AccessibilityButton } from './accessibility-button.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { ListenControls } from './listen-controls.tsx';

/**
 * The controls every visitor may need on every screen, attract included, always in the same
 * places low on the screen: Listen in the bottom-left corner, language and accessibility at
 * the right.
 */
export function VisitorTools() {
  return (
    <div className="visitor-tools">
      <ListenControls />
      <div className="visitor-tools__end">
        <LanguageSwitch />
        <AccessibilityButton />
      </div>
    </div>
  );
}
