import { TriangleAlert } from 'lucide-react';
import { selectStoreAlerts } from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { selectPolicy } from '../../store/selectors.ts';

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** Files found damaged at start-up: kept aside, never deleted; IT may want to look at them. */
export function StoreAlerts() {
  const alerts = useAdmin(selectStoreAlerts);
  const policyProblem = useAdmin(selectPolicy)?.problem ?? null;
  return (
    <>
      {policyProblem && <PolicyProblem problem={policyProblem} />}
      {alerts.length > 0 && <DamagedFiles alerts={alerts} />}
    </>
  );
}

/**
 * Parts of IT's policy file cannot be used. The rest of it applies; what is named here does
 * not (a PIN or usage setting that is wrong keeps admin shut or counting off until IT fixes it).
 */
function PolicyProblem({ problem }: { problem: string }) {
  return (
    <div className="admin-message admin-message--problem" role="alert">
      <p>
        <TriangleAlert aria-hidden="true" /> Part of IT&apos;s policy file for this kiosk cannot be
        used; the rest of it applies. Please tell IT what it says:
      </p>
      <ul>
        {problem.split('\n').map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

function DamagedFiles({ alerts }: { alerts: ReturnType<typeof selectStoreAlerts> }) {
  return (
    <div className="admin-message admin-message--problem" role="alert">
      <p>
        <TriangleAlert aria-hidden="true" /> When the kiosk started,{' '}
        {alerts.length === 1 ? 'a file was' : 'files were'} damaged. Visitors see the last good
        content. Please tell IT.
      </p>
      <ul>
        {alerts.map((alert) => (
          <li key={`${alert.file}:${alert.at}`}>
            {fileName(alert.file)}: {alert.reason}
            {/* A file the disk would not let the kiosk move stays where it was. */}
            {alert.movedTo !== alert.file && ` It is kept as ${fileName(alert.movedTo)}.`}
          </li>
        ))}
      </ul>
    </div>
  );
}
