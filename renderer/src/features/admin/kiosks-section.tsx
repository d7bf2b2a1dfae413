import { RefreshCw } from 'lucide-react';
import { useEffect, useMemo } from 'react';
import { fleetTable } from '../../lib/fleet-table.ts';
import {
  selectCheckFleet,
  selectCheckingFleet,
  selectFleetMessage,
  selectFleetStatus,
} from '../../store/admin/fleet-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';

const HEADINGS = ['Kiosk', 'State', 'Last status', 'App', 'Content', 'Behind central'];

/**
 * The publishing PC's view of every kiosk, from the status files they write to the folder its
 * policy's statusFolder names: the same table and threshold words as `fleet-status`.
 */
export function KiosksSection() {
  const status = useAdmin(selectFleetStatus);
  const message = useAdmin(selectFleetMessage);
  const checking = useAdmin(selectCheckingFleet);
  const check = useAdmin(selectCheckFleet);
  const table = useMemo(() => (status === null ? null : fleetTable(status)), [status]);
  useEffect(() => {
    void check();
  }, [check]);
  return (
    <section className="admin-section" aria-labelledby="admin-kiosks-title">
      <h2 id="admin-kiosks-title" className="admin-section__title">
        Kiosks
      </h2>
      <p>
        Each kiosk writes its status every minute to the status folder. A kiosk that is late or down
        has stopped writing: check that it is on and can reach the folder.
      </p>
      <button type="button" className="admin-button" disabled={checking} onClick={() => check()}>
        <RefreshCw aria-hidden="true" />
        {checking ? 'Checking…' : 'Check again'}
      </button>
      {message && (
        <p className="admin-message admin-message--problem" role="alert">
          {message.text}
        </p>
      )}
      {table && (
        <>
          {table.lines.length > 0 && (
            <table className="admin-table fleet-table">
              <caption className="admin-section__subtitle">Kiosk status</caption>
              <thead>
                <tr>
                  {HEADINGS.map((heading) => (
                    <th key={heading} scope="col">
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.lines.map((line) => (
                  <tr key={line.kioskName} data-kiosk={line.kioskName}>
                    <th scope="row">{line.kioskName}</th>
                    <td className={`fleet-state fleet-state--${line.state}`}>{line.stateWords}</td>
                    <td>{line.age}</td>
                    <td>{line.app}</td>
                    <td>{line.content}</td>
                    <td>{line.behind}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {table.footer.map((words) => (
            <p key={words} className="fleet-footer">
              {words}
            </p>
          ))}
        </>
      )}
    </section>
  );
}
