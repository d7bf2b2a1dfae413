import { Phone } from 'lucide-react';
import { useId } from 'react';
import type { Program } from '../../../../electron/contract/content-schema.ts';
import { PhoneCard } from '../../components/phone-card.tsx';
import { ReceptionDeskNotice } from '../../components/reception-desk-notice.tsx';
import { WebAddressCard } from '../../components/web-address-card.tsx';
import { selectUiText } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

/** What the visitor came for: whom to call, and a way to take the number away. */
export function ProgramContacts({ program }: { program: Program }) {
  const ui = useKiosk(selectUiText);
  const headingId = useId();
  return (
    <section className="program__contacts" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        <Phone aria-hidden="true" className="section-title__icon" />
        {ui.phone}
      </h2>
      {program.units.length === 0 ? (
        <div className="notice-card">
          <ReceptionDeskNotice />
        </div>
      ) : (
        program.units.map((unit) => <PhoneCard key={unit.id} unit={unit} />)
      )}
      {program.webAddress !== '' && <WebAddressCard url={program.webAddress} />}
    </section>
  );
}
