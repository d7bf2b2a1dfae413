import type { StateCreator } from 'zustand';
import type { KioskApi, OperationOutput } from '../../../../electron/contract/api.ts';
import type { ExportFile } from '../../../../electron/contract/transfer-schema.ts';
import type { AdminState } from './admin-store.ts';
import { problemOf } from './editor-slice.ts';

export type TransferPlaces = OperationOutput<'listTransferPlaces'>;

/** Where the last export went, for the screen to say so. */
export interface ExportNote {
  file: ExportFile;
  fileName: string;
  /** e.g. "on KINGSTON (/media/kiosk/KINGSTON)". */
  where: string;
}

/** Export to, and import from, a USB stick or IT's transfer folder, by touch. */
export interface TransferSlice {
  transferPlaces: TransferPlaces | null;
  exportNote: ExportNote | null;
  loadTransferPlaces(): Promise<void>;
  /** Into a place's folder; without one, the shell's save dialog (Electron) chooses. */
  exportTo(file: ExportFile, folder?: string): Promise<void>;
  /** A listed file, or the shell's open dialog's choice; then the usual check (checkImport). */
  importFrom(path?: string): Promise<void>;
  noteExport(note: ExportNote | null): void;
}

export const createTransferSlice =
  (api: KioskApi): StateCreator<AdminState, [], [], TransferSlice> =>
  (set, get) => {
    const attempt = async <T>(run: (token: string) => Promise<T>): Promise<T | null> => {
      try {
        return await get().withSession(run);
      } catch (error) {
        set({ editorMessage: problemOf(error) });
        return null;
      }
    };
    return {
      transferPlaces: null,
      exportNote: null,
      loadTransferPlaces: async () => {
        const places = await attempt((token) => api.listTransferPlaces({ token }));
        if (places) set({ transferPlaces: places });
      },
      exportTo: async (file, folder) => {
        set({ exportNote: null });
        const saved = await attempt((token) =>
          api.saveExport(folder === undefined ? { token, file } : { token, file, folder }),
        );
        if (!saved?.saved) return;
        const on = saved.place === 'the transfer folder' ? 'in' : 'on';
        const where = `${on} ${saved.place} (${saved.folder})`;
        set({ exportNote: { file, fileName: saved.fileName, where } });
        await get().loadTransferPlaces();
      },
      importFrom: async (path) => {
        const read = await attempt((token) =>
          api.readImportFile(path === undefined ? { token } : { token, path }),
        );
        if (read?.file) await get().checkImport(read.file.fileName, read.file.text);
      },
      noteExport: (exportNote) => set({ exportNote }),
    };
  };
