import { Globe } from 'lucide-react';
import { selectUiText } from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';
import { QrCode } from './qr-code.tsx';

/** The kiosk opens no web page itself: the visitor takes the address away on their phone. */
export function WebAddressCard({ url }: { url: string }) {
  const ui = useKiosk(selectUiText);
  return (
    <figure className="scan scan--card">
      <QrCode text={url} label={ui.scanToOpenWebPage} />
      <figcaption className="scan__caption">
        <span className="scan__title">
          <Globe aria-hidden="true" className="scan__icon" />
          {ui.scanToOpenWebPage}
        </span>
        <span className="scan__hint scan__url">{url}</span>
      </figcaption>
    </figure>
  );
}
