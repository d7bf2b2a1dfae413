import { useEffect } from 'react';
import type { AuditAction } from '../../../../electron/contract/admin-schema.ts';
import { selectAuditEntries, selectLoadAudit } from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';

// Every action has its words: a new one fails the type-check until it is given them here.
const ACTION: Record<AuditAction, string> = {
  'sign-in': 'Signed in',
  'sign-in-failed': 'Wrong PIN',
  lockout: 'PIN pad locked',
  'sign-out': 'Signed out',
  'session-expired': 'Session ended',
  'pin-set': 'PIN set by IT',
  publish: 'Published',
  restore: 'Restored',
  import: 'Imported',
  'settings-changed': 'Settings changed',
  'kiosk-quit': 'Kiosk quit',
  'central-applied': 'Central content applied',
  'bundle-published': 'Sent to all kiosks',
  'bundle-resigned': "Kiosks' content renewed",
};

/** The audit log, newest first: who did what and when. It never holds a PIN. */
export function AuditSection() {
  const entries = useAdmin(selectAuditEntries);
  const load = useAdmin(selectLoadAudit);
  useEffect(() => void load(), [load]);
  return (
    <section className="admin-section" aria-labelledby="admin-audit-title">
      <h2 id="admin-audit-title" className="admin-section__title">
        Audit log
      </h2>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Who</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>
                {new Date(e.time).toLocaleString('en-US', {
                  dateStyle: 'short',
                  timeStyle: 'short',
                })}
              </td>
              <td>{ACTION[e.action] ?? e.action}</td>
              <td>{e.initials ?? ''}</td>
              <td>{e.detail ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
