import { TriangleAlert } from 'lucide-react';
import { selectPolicy, selectStoreAlerts } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** Files found damaged at start-up: kept aside, never deleted; IT may want to look at them. */
export function StoreAlerts() {
  const alerts = useKiosk(selectStoreAlerts);
  const policyProblem = useKiosk(selectPolicy)?.problem ?? null;
  return (
    <>
      {policyProblem && <PolicyProblem problem={policyProblem} />}
      {alerts.length > 0 && <DamagedFiles alerts={alerts} />}
    </>
  );
}

/** IT's policy file cannot be used: the kiosk runs on its defaults until IT fixes it. */
function PolicyProblem({ problem }: { problem: string }) {
  return (
    <div className="admin-message admin-message--problem" role="alert">
      <p>
        <TriangleAlert aria-hidden="true" /> IT&apos;s policy file for this kiosk cannot be used, so
        the kiosk runs on its own defaults. Please tell IT what it says:
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
          <li key={alert.movedTo}>
            {fileName(alert.file)}: {alert.reason} It is kept as {fileName(alert.movedTo)}.
          </li>
        ))}
      </ul>
    </div>
  );
}
