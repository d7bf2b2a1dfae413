import { Download, FolderOpen } from 'lucide-react';
import type { ExportFile } from '../../../../electron/contract/transfer-schema.ts';
import { saveFile } from '../../lib/save-file.ts';
import { dialogPlace } from '../../lib/transfer-words.ts';
import type { SavedFile } from '../../store/admin/records-slice.ts';
import {
  selectExportNote,
  selectExportTo,
  selectNoteExport,
  selectTransferPlaces,
} from '../../store/admin/transfer-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import '../../styles/transfer.css';

interface ExportButtonsProps {
  file: ExportFile;
  /** The browser shell's download, when it has no place to save to. */
  download: () => Promise<SavedFile | null>;
}

/**
 * Save a file on a USB stick or in IT's transfer folder, then say its name and where it went.
 * The Electron app offers nothing else: a download there opens a dialog that browses the
 * whole computer. The places come from loadTransferPlaces, which the section calls.
 */
export function ExportButtons({ file, download }: ExportButtonsProps) {
  const transfer = useAdmin(selectTransferPlaces);
  const exportTo = useAdmin(selectExportTo);
  const note = useAdmin(selectExportNote);
  const noteExport = useAdmin(selectNoteExport);
  if (!transfer) return null;
  const { places, dialogs } = transfer;

  const downloadFile = async () => {
    const saved = await download();
    if (!saved) return;
    saveFile(document, saved);
    noteExport({ file, fileName: saved.fileName, where: "in this browser's downloads folder" });
  };

  return (
    <>
      <div className="transfer-actions">
        {places.map((place) => (
          <button
            key={place.folder}
            type="button"
            className="admin-button"
            onClick={() => void exportTo(file, place.folder)}
          >
            <Download aria-hidden="true" />
            {place.kind === 'removable' ? `Save on ${place.name}` : 'Save in the transfer folder'}
          </button>
        ))}
        {dialogs && places.length > 0 && (
          <button type="button" className="admin-button" onClick={() => void exportTo(file)}>
            <FolderOpen aria-hidden="true" />
            Choose a folder {dialogPlace(places)}…
          </button>
        )}
        {!dialogs && (
          <button type="button" className="admin-button" onClick={() => void downloadFile()}>
            <Download aria-hidden="true" />
            Download the file
          </button>
        )}
      </div>
      {dialogs && places.length === 0 && (
        <p>Plug in a USB stick, wait a moment, then tap “Look again”.</p>
      )}
      {note?.file === file && (
        <div className="admin-message" role="status">
          <p>
            Saved <strong>{note.fileName}</strong> {note.where}.
          </p>
        </div>
      )}
    </>
  );
}
