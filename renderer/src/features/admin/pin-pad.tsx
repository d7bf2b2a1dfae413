import { Delete, LockKeyhole } from 'lucide-react';
import { useId } from 'react';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.ts';
import { pinPadStatus } from '../../lib/pin-pad-status.ts';
import { PIN_MAX_DIGITS } from '../../store/admin/admin-slice.ts';
import {
  selectAdminStatus,
  selectDeletePinDigit,
  selectExitAdmin,
  selectPin,
  selectPinBusy,
  selectPinMessage,
  selectSubmitPin,
  selectTypePinDigit,
} from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
// Staff's styles load with the PIN pad and admin, not with every visitor's first screen.
import '../../styles/admin.css';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

const clockTime = (ms: number) =>
  new Date(ms).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });

/** Staff sign-in: digit buttons named by their digit; the PIN itself is never shown. */
export function PinPad() {
  const status = useAdmin(selectAdminStatus);
  const pin = useAdmin(selectPin);
  const busy = useAdmin(selectPinBusy);
  const message = useAdmin(selectPinMessage);
  const type = useAdmin(selectTypePinDigit);
  const deleteDigit = useAdmin(selectDeletePinDigit);
  const submit = useAdmin(selectSubmitPin);
  const exit = useAdmin(selectExitAdmin);
  const titleId = useId();
  const statusId = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const closed = status !== null && !status.pinSet;
  const locked = status !== null && status.lockedUntil !== null;
  const usable = !closed && !locked && !busy;
  const { headline, reasons } = pinPadStatus({ status, message, clockTime });

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
        <div id={statusId} className="pin-pad__status" role="status">
          <p>{headline}</p>
          {reasons.length > 0 && (
            <ul className="pin-pad__reasons">
              {reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          )}
        </div>
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
