import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, parse, relative } from 'node:path';
import { ApiError } from '../../contract/errors.ts';
import {
  MAX_LISTED_FILE_BYTES,
  MAX_LISTED_FILES,
  type ImportFile,
  type TransferPlace,
} from '../../contract/transfer-schema.ts';
import type { Logger } from '../logger.ts';

/**
 * A shell's native save and open dialogs (Electron's), opened in one of the places. What they
 * return is checked against the places again: a dialog lets a person browse anywhere.
 */
export interface TransferDialogs {
  chooseSavePath(defaultPath: string): Promise<string | null>;
  chooseOpenPath(defaultFolder: string): Promise<string | null>;
}

export interface TransferOptions {
  /** IT's policy's transferFolder, if any. */
  policyFolder?: string | undefined;
  /** The attached removable drives (removable-drives.ts); none where the shell has no way. */
  listDrives?: () => Promise<{ folder: string; name: string }[]>;
  dialogs?: TransferDialogs | undefined;
  log?: Logger;
}

export interface SavedExport {
  fileName: string;
  folder: string;
  place: string;
}

export interface TransferService {
  places(): Promise<TransferPlace[]>;
  /** Content-sized .json files at the top of each place, newest first. */
  files(): Promise<ImportFile[]>;
  hasDialogs: boolean;
  /** A listed file, or the open dialog's choice without a path; null when cancelled. */
  read(path?: string): Promise<{ fileName: string; text: string } | null>;
  /** Into a place's folder, or where the save dialog says without one; null when cancelled. */
  save(folder: string | undefined, fileName: string, text: string): Promise<SavedExport | null>;
}

export const OUTSIDE_PLACES =
  'The kiosk reads and saves content files only on a USB stick or in the transfer folder IT set up. Nothing was changed.';
const NO_PLACE = 'There is no USB stick to save to. Plug one in, wait a moment, then try again.';

/** Export and import limited to removable drives and IT's transfer folder. */
export function createTransferService(options: TransferOptions): TransferService {
  const { log, dialogs } = options;
  const places = async (): Promise<TransferPlace[]> => {
    const drives = (await options.listDrives?.()) ?? [];
    const found: TransferPlace[] = drives.map(({ folder, name }) => ({
      folder,
      name,
      kind: 'removable',
    }));
    if (options.policyFolder) {
      found.push({ folder: options.policyFolder, name: 'the transfer folder', kind: 'folder' });
    }
    return found;
  };

  /**
   * The place `path` lies in, links resolved (the file's own for a file to read, its folder's
   * for one to write); refuses anywhere else.
   */
  const placeOf = async (path: string, existing: boolean): Promise<TransferPlace> => {
    if (!isAbsolute(path)) throw new ApiError('forbidden', OUTSIDE_PLACES);
    const real = await realpath(existing ? path : dirname(path)).catch(() => null);
    if (real !== null) {
      for (const place of await places()) {
        const root = await realpath(place.folder).catch(() => null);
        if (root !== null && isWithin(root, real)) return place;
      }
    }
    log?.warn(`Refused a transfer outside the allowed places: ${path}`);
    throw new ApiError('forbidden', OUTSIDE_PLACES);
  };

  return {
    places,
    hasDialogs: dialogs !== undefined,
    async files() {
      const lists = await Promise.all((await places()).map(filesIn));
      return lists
        .flat()
        .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt))
        .slice(0, MAX_LISTED_FILES);
    },
    async read(path) {
      let chosen = path;
      if (chosen === undefined) {
        const first = (await places())[0];
        if (!dialogs || !first) throw new ApiError('bad_request', 'Choose a file from the list.');
        chosen = (await dialogs.chooseOpenPath(first.folder)) ?? undefined;
        if (chosen === undefined) return null;
      }
      const info = await stat(chosen).catch(() => null);
      if (!info?.isFile()) {
        throw new ApiError('not_found', 'The file is no longer there. Is the USB stick still in?');
      }
      await placeOf(chosen, true);
      if (extname(chosen).toLowerCase() !== '.json') {
        throw new ApiError('bad_request', 'This is not a content file: those end in .json.');
      }
      if (info.size > MAX_LISTED_FILE_BYTES) {
        throw new ApiError(
          'bad_request',
          'This file is too large to be a kiosk content file. Choose a file that Export made.',
        );
      }
      return { fileName: basename(chosen), text: await readFile(chosen, 'utf8') };
    },
    async save(folder, fileName, text) {
      let target: string;
      let place: TransferPlace;
      if (folder === undefined) {
        const first = (await places())[0];
        if (!dialogs) throw new ApiError('bad_request', 'Choose where to save the file.');
        if (!first) throw new ApiError('bad_request', NO_PLACE);
        const chosen = await dialogs.chooseSavePath(join(first.folder, fileName));
        if (chosen === null) return null;
        place = await placeOf(chosen, false);
        const ext = extname(fileName);
        target = extname(chosen).toLowerCase() === ext ? chosen : `${chosen}${ext}`;
        // The dialog asked before replacing a file of that name.
        await writeDurably(target, text, 'w').catch((error: unknown) => {
          throw cannotSave(place, error, log);
        });
      } else {
        place =
          (await places()).find((known) => known.folder === folder) ??
          (await placeOf(join(folder, fileName), false));
        target = await writeNew(join(folder, fileName), text).catch((error: unknown) => {
          throw cannotSave(place, error, log);
        });
      }
      log?.info(`Content exported to ${target}`);
      return { fileName: basename(target), folder: dirname(target), place: place.name };
    },
  };
}

function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

async function filesIn(place: TransferPlace): Promise<ImportFile[]> {
  const entries = await readdir(place.folder, { withFileTypes: true }).catch(() => []);
  const files = await Promise.all(
    entries
      .filter((entry) => entry.isFile() && extname(entry.name).toLowerCase() === '.json')
      .map(async (entry): Promise<ImportFile | null> => {
        const path = join(place.folder, entry.name);
        const info = await stat(path).catch(() => null);
        if (!info || info.size > MAX_LISTED_FILE_BYTES) return null;
        return {
          path,
          name: entry.name,
          place: place.name,
          modifiedAt: info.mtime.toISOString(),
          bytes: info.size,
        };
      }),
  );
  return files.filter((file): file is ImportFile => file !== null);
}

/** Never over an earlier export: "name (2).json" and so on. */
async function writeNew(path: string, text: string): Promise<string> {
  const { dir, name, ext } = parse(path);
  for (let n = 1; n < 100; n += 1) {
    const target = n === 1 ? path : join(dir, `${name} (${n})${ext}`);
    try {
      await writeDurably(target, text, 'wx');
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`${path} and 98 more of its name are there already`);
}

// A stick may be pulled out soon after: the file is on it only once synced.
async function writeDurably(path: string, text: string, flag: 'w' | 'wx'): Promise<void> {
  const handle = await open(path, flag);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function cannotSave(place: TransferPlace, error: unknown, log: Logger | undefined): ApiError {
  log?.error(`Could not export to ${place.folder}: ${(error as Error).message}`);
  const where = place.kind === 'removable' ? `on ${place.name}` : 'in the transfer folder';
  return new ApiError(
    'unavailable',
    `The file could not be saved ${where}. Is it full or write-protected? Nothing was saved.`,
  );
}
