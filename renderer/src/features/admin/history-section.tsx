import { History } from 'lucide-react';
import { useEffect, useState } from 'react';
import { partNames } from '../../../../electron/contract/content-ownership.ts';
import {
  selectAllCentral,
  selectCentralParts,
  selectLoadRevisions,
  selectLocalParts,
  selectRestoreRevision,
  selectRevisions,
} from '../../store/admin/admin-selectors.ts';
import { localOnlyLine } from '../../lib/central-parts-words.ts';
import { sentLine } from '../../lib/publisher-lines.ts';
import { revisionLine } from '../../lib/revision-line.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { selectRevision } from '../../store/selectors.ts';
import { ChangeList } from './change-list.tsx';
import { InitialsDialog } from './initials-dialog.tsx';

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** Every kept revision, newest first; any one can come back as a new revision. */
export function HistorySection() {
  const revisions = useAdmin(selectRevisions);
  const current = useAdmin(selectRevision);
  const load = useAdmin(selectLoadRevisions);
  const restore = useAdmin(selectRestoreRevision);
  const [restoring, setRestoring] = useState<number | null>(null);
  const allCentral = useAdmin(selectAllCentral);
  const localParts = useAdmin(selectLocalParts);
  const centralParts = useAdmin(selectCentralParts);
  const localOnly = localOnlyLine('restore', centralParts);
  useEffect(() => void load(), [load]);
  return (
    <section className="admin-section" aria-labelledby="admin-history-title">
      <h2 id="admin-history-title" className="admin-section__title">
        History
      </h2>
      {localOnly && <p>{localOnly}</p>}
      <ol className="admin-list" aria-label="Revisions">
        {revisions.map((r) => (
          <li key={r.number} className="admin-list__item admin-revision">
            <span className="admin-list__name">
              Revision {r.number}
              {r.number === current ? ' (visitors see this)' : ''}
            </span>
            <span className="admin-list__detail">{revisionLine(r, when)}</span>
            {r.sentAs && <span className="admin-list__detail">{sentLine(r)}</span>}
            <div className="admin-revision__changes">
              <ChangeList
                records={r.records}
                sentences={r.changes}
                label={`What revision ${r.number} changed`}
              />
            </div>
            {r.number !== current && !allCentral && (
              <button
                type="button"
                className="admin-button"
                aria-label={`Restore revision ${r.number}`}
                onClick={() => setRestoring(r.number)}
              >
                <History aria-hidden="true" />
                Restore
              </button>
            )}
          </li>
        ))}
      </ol>
      {restoring !== null && (
        <InitialsDialog
          title={`Restore revision ${restoring}?`}
          confirm="Restore"
          onCancel={() => setRestoring(null)}
          onConfirm={(initials) => {
            setRestoring(null);
            void restore(restoring, initials);
          }}
        >
          <p>
            Visitors will see {localOnly ? `${partNames(localParts)} of ` : ''}revision {restoring}{' '}
            again at once. It is kept as a new revision.
          </p>
        </InitialsDialog>
      )}
    </section>
  );
}
