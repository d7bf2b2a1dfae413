import { useState } from 'react';
import {
  selectCancelImport,
  selectConfirmImport,
  selectImportCheck,
} from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { ChangeList } from './change-list.tsx';
import { InitialsDialog } from './initials-dialog.tsx';

/** What a checked file would change, or every reason it is refused; then "Make it the draft". */
export function ImportCheckResult() {
  const check = useAdmin(selectImportCheck);
  const confirm = useAdmin(selectConfirmImport);
  const cancel = useAdmin(selectCancelImport);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      {check && !check.ok && (
        <div className="admin-message admin-message--problem" role="alert">
          <p>{check.fileName} cannot be imported. Nothing was changed.</p>
          <ul>
            {check.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      {check?.ok && (
        <div className="admin-message" role="status">
          <p>Importing {check.fileName} would change:</p>
          {check.records.length > 0 ? (
            <ChangeList
              records={check.records}
              label={`What importing ${check.fileName} changes`}
            />
          ) : (
            <p>Nothing: it is what visitors see.</p>
          )}
          <button type="button" className="admin-button" onClick={cancel}>
            Cancel
          </button>
          <button
            type="button"
            className="admin-button admin-button--primary"
            onClick={() => setConfirming(true)}
          >
            Make it the draft
          </button>
        </div>
      )}
      {confirming && (
        <InitialsDialog
          title="Import this file as the draft?"
          confirm="Import"
          onCancel={() => setConfirming(false)}
          onConfirm={(initials) => {
            setConfirming(false);
            void confirm(initials);
          }}
        />
      )}
    </>
  );
}
