import { TriangleAlert } from 'lucide-react';
import { selectStoreAlerts } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** Files found damaged at start-up: kept aside, never deleted; IT may want to look at them. */
export function StoreAlerts() {
  const alerts = useKiosk(selectStoreAlerts);
  if (alerts.length === 0) return null;
  return (
    <div className="admin-message admin-message--problem" role="alert">
      <p>
        <TriangleAlert aria-hidden="true" /> When the kiosk started,{' '}
        {alerts.length === 1 ? 'a file was' : 'files were'} damaged. Visitors see the last good
        content. Please tell IT.
      </p>
      <ul>
        {alerts.map((alert) => (
          <li key={alert.movedTo}>
            {fileName(alert.file)}: {alert.reason} It is kept as {fileName(alert.movedTo)}.
          </li>
        ))}
      </ul>
    </div>
  );
}
