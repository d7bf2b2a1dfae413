import { AccessibilityButton } from '../features/accessibility/accessibility-button.tsx';
import { ListenControls } from '../features/accessibility/listen-controls.tsx';
import { LanguageSwitch } from '../features/language/language-switch.tsx';

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
