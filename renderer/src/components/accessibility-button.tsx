import { Accessibility } from 'lucide-react';
import { selectSetAccessibilityPanelOpen, selectUiText } from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';

export function AccessibilityButton() {
  const ui = useKiosk(selectUiText);
  const open = useKiosk(selectSetAccessibilityPanelOpen);
  return (
    <button
      type="button"
      className="bar-button bar-button--compact"
      aria-haspopup="dialog"
      onClick={() => open(true)}
    >
      <Accessibility aria-hidden="true" className="bar-button__icon" />
      <span>{ui.accessibility}</span>
    </button>
  );
}
