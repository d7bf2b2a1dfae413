import { Download, Upload } from 'lucide-react';
import { useState, type ChangeEvent } from 'react';
import { saveFile } from '../../lib/save-file.ts';
import {
  selectCancelImport,
  selectCheckImport,
  selectConfirmImport,
  selectExportContent,
  selectImportCheck,
} from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { InitialsDialog } from './initials-dialog.tsx';

/** Content as one JSON file: out to a USB stick or another kiosk, and back in as the draft. */
export function TransferSection() {
  const check = useAdmin(selectImportCheck);
  const exportContent = useAdmin(selectExportContent);
  const checkImport = useAdmin(selectCheckImport);
  const confirm = useAdmin(selectConfirmImport);
  const cancel = useAdmin(selectCancelImport);
  const [confirming, setConfirming] = useState(false);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await checkImport(file.name, await file.text());
  };

  return (
    <section className="admin-section" aria-labelledby="admin-transfer-title">
      <h2 id="admin-transfer-title" className="admin-section__title">
        Import and export
      </h2>
      <p>
        Export saves everything visitors see as one file. Import reads such a file into the draft.
      </p>
      <button
        type="button"
        className="admin-button"
        onClick={async () => {
          const file = await exportContent();
          if (file) saveFile(document, file);
        }}
      >
        <Download aria-hidden="true" />
        Export the content
      </button>
      <label className="admin-button admin-file">
        <Upload aria-hidden="true" />
        Import a content file
        <input type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
      </label>
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
          <ul>
            {(check.changes.length > 0 ? check.changes : ['Nothing: it is what visitors see.']).map(
              (line) => (
                <li key={line}>{line}</li>
              ),
            )}
          </ul>
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
    </section>
  );
}
