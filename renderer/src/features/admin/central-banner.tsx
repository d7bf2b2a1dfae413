import { Cloud } from 'lucide-react';
import { browserClock } from '../../lib/clock.ts';
import { centralBanner } from '../../lib/central-banner.ts';
import { selectCentral } from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Where content comes from when IT has this kiosk follow the bureau's central source and what
 * staff may still change here; and, when updates stopped, why, for staff to tell IT.
 */
export function CentralBanner() {
  const central = useAdmin(selectCentral);
  if (!central) return null;
  const { source, editing, keptLocal, behind, expiry } = centralBanner({
    central,
    now: browserClock.now(),
    when,
  });
  const trouble = behind !== null || expiry !== null;
  return (
    <section
      className={`admin-message admin-central${trouble ? ' admin-message--problem' : ''}`}
      aria-label="Central content"
    >
      <p>
        <Cloud aria-hidden="true" /> {source}
      </p>
      <p>{editing}</p>
      {keptLocal && <p>{keptLocal}</p>}
      {behind && <p role="status">{behind}</p>}
      {expiry && <p>{expiry}</p>}
    </section>
  );
}
