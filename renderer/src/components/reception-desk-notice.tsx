import { ConciergeBell } from 'lucide-react';
import { selectUiText } from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';

/** Where the agency gives no number, the kiosk sends the visitor to a person. */
export function ReceptionDeskNotice() {
  const ui = useKiosk(selectUiText);
  return (
    <p className="reception-desk">
      <ConciergeBell aria-hidden="true" className="reception-desk__icon" />
      <span>{ui.askAtReception}</span>
    </p>
  );
}
