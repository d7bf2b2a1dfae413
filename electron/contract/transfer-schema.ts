import { z } from 'zod';
import { SessionToken } from './admin-schema.ts';

/**
 * Moving content on and off the kiosk by touch: the places staff may use (removable drives and
 * the folder IT's policy names, nothing else), the content files on them, export into one, and
 * import from one. The core checks every path it is given against the places again: a path
 * from the renderer or a native dialog is never trusted.
 */

/** The largest file the list shows, in bytes: no content file is larger (MAX_IMPORT_CHARS). */
export const MAX_LISTED_FILE_BYTES = 500_000;
/** The most files the list shows, newest first. */
export const MAX_LISTED_FILES = 50;
const PATH_MAX = 4096;

export const EXPORT_FILES = ['content', 'usage'] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

export const TransferPlace = z.object({
  /** The folder itself, which export writes into; checked again on every use. */
  folder: z.string(),
  /** As staff know it: the stick's own name, or "the transfer folder". */
  name: z.string(),
  kind: z.enum(['removable', 'folder']),
});
export type TransferPlace = z.output<typeof TransferPlace>;

export const ImportFile = z.object({
  path: z.string(),
  name: z.string(),
  /** The place's name, e.g. the stick's. */
  place: z.string(),
  modifiedAt: z.iso.datetime(),
  bytes: z.number().int().nonnegative(),
});
export type ImportFile = z.output<typeof ImportFile>;

/** A file read for import, to check (checkImport) and then make the draft (importAsDraft). */
const ReadFile = z.object({ fileName: z.string(), text: z.string() });

export const transferOperations = {
  listTransferPlaces: {
    input: z.strictObject({ token: SessionToken }),
    output: z.object({
      places: z.array(TransferPlace),
      /** Content files on those places, newest first, at most MAX_LISTED_FILES. */
      files: z.array(ImportFile),
      /** Whether the shell has a save/open dialog (Electron), limited to the same places. */
      dialogs: z.boolean(),
    }),
  },
  saveExport: {
    input: z.strictObject({
      token: SessionToken,
      /** A place's folder; absent: the shell's save dialog chooses, within the places. */
      folder: z.string().max(PATH_MAX).optional(),
      /** The content (exportContent's file, the default) or the usage counts (exportUsageCsv's). */
      file: z.enum(EXPORT_FILES).optional(),
    }),
    output: z.discriminatedUnion('saved', [
      z.object({
        saved: z.literal(true),
        fileName: z.string(),
        folder: z.string(),
        place: z.string(),
      }),
      z.object({ saved: z.literal(false) }),
    ]),
  },
  readImportFile: {
    input: z.strictObject({
      token: SessionToken,
      /** A listed file; absent: the shell's open dialog chooses, within the places. */
      path: z.string().max(PATH_MAX).optional(),
    }),
    output: z.object({ file: ReadFile.nullable() }),
  },
} as const;
