import { BookUser } from 'lucide-react';
import { selectOpenPhones, selectUiText } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

export function AllPhonesButton() {
  const ui = useKiosk(selectUiText);
  const openPhones = useKiosk(selectOpenPhones);
  return (
    <button type="button" className="big-button home__all-phones" onClick={openPhones}>
      <BookUser aria-hidden="true" className="big-button__icon" />
      <span>{ui.allPhoneNumbers}</span>
    </button>
  );
}
