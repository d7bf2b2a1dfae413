import type { AdminServices } from '../admin/admin-services.ts';
import type { EditingService } from '../editing/editing-service.ts';
import type { OperationHandlers } from '../kiosk-core-types.ts';
import type { UsageStore } from '../usage/usage-store.ts';
import type { TransferService } from './transfer-places.ts';

type TransferOperation = 'listTransferPlaces' | 'saveExport' | 'readImportFile';

/** Export to, and import from, the places staff may use; each needs a live admin session. */
export function createTransferHandlers(
  transfer: TransferService,
  editing: Pick<EditingService, 'exportContent'>,
  usage: Pick<UsageStore, 'toCsv' | 'today'>,
  { sessions }: Pick<AdminServices, 'sessions'>,
): Pick<OperationHandlers, TransferOperation> {
  return {
    async listTransferPlaces({ token }) {
      await sessions.require(token);
      const [places, files] = await Promise.all([transfer.places(), transfer.files()]);
      return { places, files, dialogs: transfer.hasDialogs };
    },
    async saveExport({ token, folder, file = 'content' }) {
      await sessions.require(token);
      // The same files exportContent and exportUsageCsv hand the browser shell's download.
      const { fileName, text } =
        file === 'content'
          ? editing.exportContent()
          : { fileName: `kiosk-usage-${usage.today()}.csv`, text: usage.toCsv() };
      const saved = await transfer.save(folder, fileName, text);
      return saved === null ? { saved: false } : { saved: true, ...saved };
    },
    async readImportFile({ token, path }) {
      await sessions.require(token);
      return { file: await transfer.read(path) };
    },
  };
}
