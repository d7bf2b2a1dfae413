import { RefreshCw } from 'lucide-react';
import { useState } from 'react';
import { selectLoadTransferPlaces } from '../../store/admin/transfer-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';

/** Reads the USB sticks and the transfer folder again: a stick plugged in since shows. */
export function LookAgainButton() {
  const load = useAdmin(selectLoadTransferPlaces);
  const [looking, setLooking] = useState(false);
  return (
    <button
      type="button"
      className="admin-button"
      onClick={async () => {
        setLooking(true);
        await load();
        setLooking(false);
      }}
    >
      <RefreshCw aria-hidden="true" />
      {looking ? 'Looking…' : 'Look again'}
    </button>
  );
}
