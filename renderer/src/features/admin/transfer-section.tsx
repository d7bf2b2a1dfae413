import { FolderOpen, Upload } from 'lucide-react';
import { useEffect, type ChangeEvent } from 'react';
import { localOnlyLine } from '../../lib/central-parts-words.ts';
import { dialogPlace, fileLine } from '../../lib/transfer-words.ts';
import {
  selectAllCentral,
  selectCentralParts,
  selectCheckImport,
  selectExportContent,
} from '../../store/admin/admin-selectors.ts';
import {
  selectImportFrom,
  selectLoadTransferPlaces,
  selectNoteExport,
  selectTransferPlaces,
} from '../../store/admin/transfer-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import '../../styles/transfer.css';
import { ExportButtons } from './export-buttons.tsx';
import { ImportCheckResult } from './import-check-result.tsx';
import { LookAgainButton } from './look-again-button.tsx';

const PLUG_IN =
  'Plug in the USB stick with the content file, wait a moment, then tap “Look again”.';

/**
 * Content as one JSON file: out to a USB stick (or IT's transfer folder) and back in as the
 * draft, by touch. In the Electron app nothing else is offered: a browser's file picker or
 * download would open a dialog that browses the whole computer.
 */
export function TransferSection() {
  const transfer = useAdmin(selectTransferPlaces);
  const load = useAdmin(selectLoadTransferPlaces);
  const importFrom = useAdmin(selectImportFrom);
  const noteExport = useAdmin(selectNoteExport);
  const exportContent = useAdmin(selectExportContent);
  const checkImport = useAdmin(selectCheckImport);
  const allCentral = useAdmin(selectAllCentral);
  const localOnly = localOnlyLine('import', useAdmin(selectCentralParts));
  useEffect(() => {
    void load();
    return () => noteExport(null);
  }, [load, noteExport]);
  if (!transfer) return null;
  const { places, files, dialogs } = transfer;

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
        Export saves everything visitors see as one file. Import reads such a file into the draft:
        visitors see nothing of it until you publish.
      </p>
      <LookAgainButton />

      <h3 className="admin-section__subtitle">Export</h3>
      <ExportButtons file="content" download={exportContent} />

      {/* The core refuses imports while every part comes from the central source; the banner says why. */}
      {!allCentral && (
        <>
          <h3 className="admin-section__subtitle">Import</h3>
          {localOnly && <p>{localOnly}</p>}
          {files.length === 0 ? (
            <p>No content files found. {PLUG_IN}</p>
          ) : (
            <ul className="transfer-files" aria-label="Content files">
              {files.map((file) => (
                <li key={file.path}>
                  <button
                    type="button"
                    className="admin-button transfer-files__file"
                    onClick={() => void importFrom(file.path)}
                  >
                    <Upload aria-hidden="true" />
                    <span>
                      <strong>{file.name}</strong>
                      <span className="transfer-files__facts">{fileLine(file)}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {dialogs && places.length > 0 && (
            <button type="button" className="admin-button" onClick={() => void importFrom()}>
              <FolderOpen aria-hidden="true" />
              Choose another file {dialogPlace(places)}…
            </button>
          )}
          {!dialogs && (
            <label className="admin-button admin-file">
              <Upload aria-hidden="true" />
              Import a file from this computer
              <input type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
            </label>
          )}
        </>
      )}
      <ImportCheckResult />
    </section>
  );
}
