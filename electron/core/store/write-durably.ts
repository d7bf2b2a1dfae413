import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { describeFsError, errorCode, type DurableFs } from './durable-fs.ts';

/** A save that did not happen, or did not reach the disk, in words that say what to fix. */
export class DurableWriteError extends Error {
  readonly file: string;
  readonly code: string | undefined;

  constructor(message: string, file: string, cause: unknown) {
    super(message, { cause });
    this.name = 'DurableWriteError';
    this.file = file;
    this.code = errorCode(cause);
  }
}

// Some file systems (certain network shares) cannot fsync a folder and say so; the file itself
// was fsynced, which is the best such a disk allows.
const FOLDER_SYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EOPNOTSUPP']);

/** Where a save of `path` writes first: beside it, hidden, e.g. .content.json.1a2b3c4d.tmp. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.tmp`);
}

const TEMP_NAME = /^\..+\.[0-9a-f]{8}\.tmp$/;

/** True for the name of a temp file tempPathFor makes: one a kill can leave behind. */
export function isTempFileName(name: string): boolean {
  return TEMP_NAME.test(name);
}

/**
 * Replaces `path` with `text` so that a crash or power cut leaves either the old file or the new
 * one, never a torn or empty one: temp file beside it, fsync, close, rename, fsync the folder.
 * Resolves only once all of that is done. On failure the target is left as it was and the temp
 * file is removed. `mode` is the file's permissions on POSIX (see PRIVATE_FILE_MODE).
 */
export async function writeFileDurably(
  fs: DurableFs,
  path: string,
  text: string,
  platform: NodeJS.Platform,
  mode?: number,
): Promise<void> {
  await putInPlace(fs, path, text, mode, (temp) => fs.rename(temp, path));
  await syncFolderOf(fs, path, platform, ['Saved', 'the save']);
}

/**
 * Like writeFileDurably, but only where no file of that name exists: the temp file is given the
 * name with a hard link, which fails with EEXIST (DurableWriteError's `code`) when another
 * process got there first, so the file appears whole or not at all. For lock files.
 */
export async function createFileDurably(
  fs: DurableFs,
  path: string,
  text: string,
  platform: NodeJS.Platform,
  mode?: number,
): Promise<void> {
  await putInPlace(fs, path, text, mode, async (temp) => {
    await fs.link(temp, path);
    await fs.unlink(temp);
  });
  await syncFolderOf(fs, path, platform, ['Created', 'it']);
}

/**
 * Adds `text` at the end of `path` (created when missing) and resolves once it is on disk:
 * write, fsync, close, and for a new file the folder too. Through a handle that refuses links
 * and anything but a plain file (DurableFs 'a'), so the kiosk's lines land in its own file.
 */
export async function appendDurably(
  fs: DurableFs,
  path: string,
  text: string,
  platform: NodeJS.Platform,
  mode?: number,
): Promise<void> {
  let created: boolean;
  try {
    created = !(await fs.exists(path));
    const handle = await fs.open(path, 'a', mode);
    await writeThenClose(handle, text);
  } catch (error) {
    throw new DurableWriteError(
      `Could not add to ${path}: ${describeFsError(error)}. What was to be added may be missing.`,
      path,
      error,
    );
  }
  // An existing file's name is on disk already: fsyncing its data was enough.
  if (created) await syncFolderOf(fs, path, platform, ['Created', 'it']);
}

async function putInPlace(
  fs: DurableFs,
  path: string,
  text: string,
  mode: number | undefined,
  place: (temp: string) => Promise<void>,
): Promise<void> {
  const temp = tempPathFor(path);
  let created = false;
  try {
    const handle = await fs.open(temp, 'wx', mode);
    created = true;
    await writeThenClose(handle, text);
    await place(temp);
  } catch (error) {
    // Best effort: the error the caller needs is the one that stopped the save.
    if (created) await fs.unlink(temp).catch(() => undefined);
    throw new DurableWriteError(
      `Could not save ${path}: ${describeFsError(error)}. The file was left as it was.`,
      path,
      error,
    );
  }
}

async function writeThenClose(
  handle: Awaited<ReturnType<DurableFs['open']>>,
  text: string,
): Promise<void> {
  let failure: unknown;
  try {
    await handle.writeText(text);
    await handle.sync();
  } catch (error) {
    failure = error;
  }
  await handle.close().catch((error: unknown) => {
    failure ??= error;
  });
  if (failure !== undefined) throw failure;
}

async function syncFolderOf(
  fs: DurableFs,
  path: string,
  platform: NodeJS.Platform,
  [done, undone]: [string, string],
): Promise<void> {
  if (platform === 'win32') return;
  try {
    await syncFolder(fs, dirname(path));
  } catch (error) {
    throw new DurableWriteError(
      `${done} ${path}, but could not force its folder to disk: ${describeFsError(error)}. A power cut now could undo ${undone}.`,
      path,
      error,
    );
  }
}

/** Forces a folder's entries (a rename, a new file) to disk, where the file system can. */
export async function syncFolder(fs: DurableFs, dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has(errorCode(error) ?? '')) throw error;
  } finally {
    await handle.close();
  }
}
