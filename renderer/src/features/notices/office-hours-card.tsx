import { CalendarX, Clock } from 'lucide-react';
import { useId } from 'react';
import { closureDates, closureWords, formatRange, weekdayName } from '../../lib/hours-format.ts';
import { selectLanguage, selectUiText } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';
import { OfficeStatus } from './office-status.tsx';
import { useOfficeWeek } from './use-notices.ts';

/** The week's hours and the coming closures, as staff entered them; nothing if they have not. */
export function OfficeHoursCard() {
  const { week, closures } = useOfficeWeek();
  const ui = useKiosk(selectUiText);
  const language = useKiosk(selectLanguage);
  const headingId = useId();
  if (week.length === 0 && closures.length === 0) return null;
  return (
    <section className="notice-card office-hours" aria-labelledby={headingId}>
      <h2 id={headingId} className="office-hours__title">
        <Clock aria-hidden="true" className="office-hours__icon" />
        {ui.officeHours}
      </h2>
      <OfficeStatus className="office-hours__status" />
      {week.length > 0 && (
        <dl className="office-hours__week">
          {week.map((row) => (
            <div key={row.weekday} className="office-hours__day">
              <dt>{weekdayName(row.weekday, language)}</dt>
              <dd>
                {row.ranges.length === 0
                  ? ui.closed
                  : row.ranges.map((range) => formatRange(range, ui, language)).join(', ')}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {closures.length > 0 && (
        <>
          <h3 className="office-hours__subtitle">
            <CalendarX aria-hidden="true" className="office-hours__icon" />
            {ui.upcomingClosures}
          </h3>
          <dl className="office-hours__week">
            {closures.map((closure, i) => (
              <div key={i} className="office-hours__day">
                <dt>{closureDates(closure, ui, language)}</dt>
                <dd>{closureWords(closure, ui, language).join('. ')}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
