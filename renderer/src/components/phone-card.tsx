import { Phone, ScanLine } from 'lucide-react';
import { useId } from 'react';
import type { Unit } from '../../../electron/contract/content-schema.ts';
import { useLocalize } from '../hooks/use-localize.ts';
import { telHref } from '../lib/tel-href.ts';
import { selectUiText } from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';
import { QrCode } from './qr-code.tsx';
import { ReceptionDeskNotice } from './reception-desk-notice.tsx';

/** A unit's number in large digits, and a QR code a visitor's phone can scan to dial it. */
export function PhoneCard({ unit }: { unit: Unit }) {
  const t = useLocalize();
  const ui = useKiosk(selectUiText);
  const nameId = useId();
  return (
    <article className="phone-card" aria-labelledby={nameId}>
      <p className="phone-card__unit">
        <Phone aria-hidden="true" className="phone-card__unit-icon" />
        <span id={nameId}>{t(unit.name)}</span>
      </p>
      {unit.phone === '' ? (
        <ReceptionDeskNotice />
      ) : (
        <>
          <p className="phone-card__number">{unit.phone}</p>
          <figure className="scan">
            <QrCode text={telHref(unit.phone)} label={`${ui.scanToCall} ${unit.phone}`} />
            <figcaption className="scan__caption">
              <span className="scan__title">
                <ScanLine aria-hidden="true" className="scan__icon" />
                {ui.scanToCall}
              </span>
              <span className="scan__hint">{ui.scanToCallHint}</span>
            </figcaption>
          </figure>
        </>
      )}
    </article>
  );
}
