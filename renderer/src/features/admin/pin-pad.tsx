import { Delete, LockKeyhole } from 'lucide-react';
import { useId } from 'react';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.ts';
import { PIN_MAX_DIGITS } from '../../store/admin-slice.ts';
import {
  selectAdminStatus,
  selectDeletePinDigit,
  selectExitAdmin,
  selectPin,
  selectPinBusy,
  selectPinMessage,
  selectSubmitPin,
  selectTypePinDigit,
} from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

const clockTime = (ms: number) =>
  new Date(ms).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });

/** Staff sign-in: digit buttons named by their digit; the PIN itself is never shown. */
export function PinPad() {
  const status = useKiosk(selectAdminStatus);
  const pin = useKiosk(selectPin);
  const busy = useKiosk(selectPinBusy);
  const message = useKiosk(selectPinMessage);
  const type = useKiosk(selectTypePinDigit);
  const deleteDigit = useKiosk(selectDeletePinDigit);
  const submit = useKiosk(selectSubmitPin);
  const exit = useKiosk(selectExitAdmin);
  const titleId = useId();
  const statusId = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const closed = status !== null && !status.pinSet;
  const locked = status !== null && status.lockedUntil !== null;
  const usable = !closed && !locked && !busy;

  return (
    <div className="admin-backdrop">
      <div className="pin-pad" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId} className="pin-pad__title" ref={heading} tabIndex={-1}>
          <LockKeyhole aria-hidden="true" className="pin-pad__icon" />
          Staff sign-in
        </h2>
        <p className="pin-pad__dots" aria-label={`${pin.length} digits typed`}>
          {Array.from({ length: Math.max(6, pin.length) }, (_, i) => (
            <span key={i} className={i < pin.length ? 'pin-dot pin-dot--on' : 'pin-dot'} />
          ))}
        </p>
        <p id={statusId} className="pin-pad__status" role="status">
          {closed
            ? 'Admin is closed until IT sets a PIN.'
            : locked
              ? `Too many wrong PINs. The pad is locked until ${clockTime(status?.lockedUntil ?? 0)}.`
              : (message ?? 'Type the staff PIN.')}
        </p>
        <div className="pin-pad__keys" aria-describedby={statusId}>
          {DIGITS.map((digit) => (
            <button
              key={digit}
              type="button"
              className="pin-key"
              disabled={!usable || pin.length >= PIN_MAX_DIGITS}
              onClick={() => type(digit)}
            >
              {digit}
            </button>
          ))}
          <button
            type="button"
            className="pin-key pin-key--wide"
            aria-label="Delete digit"
            disabled={!usable || pin.length === 0}
            onClick={deleteDigit}
          >
            <Delete aria-hidden="true" />
          </button>
        </div>
        <div className="pin-pad__actions">
          <button type="button" className="admin-button" onClick={() => void exit()}>
            Cancel
          </button>
          <button
            type="button"
            className="admin-button admin-button--primary"
            disabled={!usable || pin.length === 0}
            onClick={() => void submit()}
          >
            Sign in
          </button>
        </div>
      </div>
    </div>
  );
}
