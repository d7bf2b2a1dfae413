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

/**
 * Replaces `path` with `text` so that a crash or power cut leaves either the old file or the new
 * one, never a torn or empty one: temp file beside it, fsync, close, rename, fsync the folder.
 * Resolves only once all of that is done. On failure the target is left as it was and the temp
 * file is removed.
 */
export async function writeFileDurably(
  fs: DurableFs,
  path: string,
  text: string,
  platform: NodeJS.Platform,
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.tmp`);
  let created = false;
  try {
    const handle = await fs.open(temp, 'wx');
    created = true;
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
    await fs.rename(temp, path);
  } catch (error) {
    // Best effort: the error the caller needs is the one that stopped the save.
    if (created) await fs.unlink(temp).catch(() => undefined);
    throw new DurableWriteError(
      `Could not save ${path}: ${describeFsError(error)}. The file was left as it was.`,
      path,
      error,
    );
  }
  if (platform === 'win32') return;
  try {
    await syncFolder(fs, dirname(path));
  } catch (error) {
    throw new DurableWriteError(
      `Saved ${path}, but could not force its folder to disk: ${describeFsError(error)}. A power cut now could undo the save.`,
      path,
      error,
    );
  }
}

async function syncFolder(fs: DurableFs, dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has(errorCode(error) ?? '')) throw error;
  } finally {
    await handle.close();
  }
}
