import type { AdminState } from './admin-store.ts';

export const selectTransferPlaces = (s: AdminState) => s.transferPlaces;
export const selectExportNote = (s: AdminState) => s.exportNote;
export const selectLoadTransferPlaces = (s: AdminState) => s.loadTransferPlaces;
export const selectExportTo = (s: AdminState) => s.exportTo;
export const selectImportFrom = (s: AdminState) => s.importFrom;
export const selectNoteExport = (s: AdminState) => s.noteExport;
