import { PhoneCard } from '../../components/phone-card.tsx';
import { ReceptionDeskNotice } from '../../components/reception-desk-notice.tsx';
import { ScreenLayout } from '../../components/screen-layout.tsx';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.ts';
import { useLocalize } from '../../hooks/use-localize.ts';
import { OfficeHoursCard } from '../notices/office-hours-card.tsx';
import { selectPrograms, selectUiText } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

/** Every unit's number on one screen, each with its QR code, program by program. */
export function PhonesScreen() {
  const ui = useKiosk(selectUiText);
  const programs = useKiosk(selectPrograms);
  const t = useLocalize();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <ScreenLayout className="phones">
      <h1 className="page-title" ref={heading} tabIndex={-1}>
        {ui.allPhoneNumbers}
      </h1>
      <OfficeHoursCard />
      {programs.map((program) => (
        <section key={program.id} className="phones__program" aria-label={t(program.title)}>
          <h2 className="section-title">{t(program.title)}</h2>
          {program.units.length === 0 ? (
            <div className="notice-card">
              <ReceptionDeskNotice />
            </div>
          ) : (
            <div className="phones__cards">
              {program.units.map((unit) => (
                <PhoneCard key={unit.id} unit={unit} />
              ))}
            </div>
          )}
        </section>
      ))}
    </ScreenLayout>
  );
}
