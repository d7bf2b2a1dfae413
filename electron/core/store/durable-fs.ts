import { constants, type Stats } from 'node:fs';
import {
  access,
  link,
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  unlink,
  type FileHandle,
} from 'node:fs/promises';

/** An open file or folder: just enough to write it and force it to disk. */
export interface DurableFileHandle {
  writeText(text: string): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The few file-system calls the store makes. Everything goes through this so tests can record
 * the order of calls and inject the errors a real disk gives (ENOSPC, EROFS, EACCES): tests run
 * as root, where chmod stops nothing.
 */
export interface DurableFs {
  /**
   * 'wx' creates a new file and fails if one exists; 'r' is how a folder is opened to fsync it;
   * 'a' appends to a plain file, creating it, and never through a link (see openForAppend).
   * `mode` is a new file's permissions on POSIX (before the umask), 0o666 when omitted.
   */
  open(path: string, flags: 'wx' | 'r' | 'a', mode?: number): Promise<DurableFileHandle>;
  readText(path: string): Promise<string>;
  rename(from: string, to: string): Promise<void>;
  /** Gives `existing` a second name; fails with EEXIST when `name` exists, whoever made it. */
  link(existing: string, name: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /**
   * Creates the folder and its parents, for the kiosk's account only (0700 on POSIX); no error
   * when it exists, whose permissions are left as they are.
   */
  mkdir(path: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  /** The names in a folder; [] when the folder does not exist. */
  list(path: string): Promise<string[]>;
}

/** Files that hold the PIN hash, the audit log or usage counts: the kiosk's account alone reads them. */
export const PRIVATE_FILE_MODE = 0o600;
const PRIVATE_FOLDER_MODE = 0o700;

export const nodeDurableFs: DurableFs = {
  async open(path, flags, mode) {
    const handle = flags === 'a' ? await openForAppend(path, mode) : await open(path, flags, mode);
    return {
      writeText: (text) => handle.writeFile(text, 'utf8'),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  readText: (path) => readFile(path, 'utf8'),
  rename: (from, to) => rename(from, to),
  link: (existing, name) => link(existing, name),
  unlink: (path) => unlink(path),
  async mkdir(path) {
    await mkdir(path, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  },
  async exists(path) {
    try {
      await access(path);
      return true;
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return false;
      throw error;
    }
  },
  async list(path) {
    try {
      return await readdir(path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
  },
};

// O_NOFOLLOW and O_NONBLOCK are POSIX's; Windows has neither (the lstat check stands in).
const APPEND_FLAGS =
  constants.O_WRONLY |
  constants.O_APPEND |
  constants.O_CREAT |
  (constants.O_NOFOLLOW ?? 0) |
  // A pipe put in the file's place would otherwise hold the open until something reads it.
  (constants.O_NONBLOCK ?? 0);

/**
 * Opens a file to append to, refusing anything but a plain file: a link could point the kiosk's
 * writes at any file its account may write. The name is looked at first (lstat), opened without
 * following a link where the platform can, and the opened file must be the one looked at.
 */
async function openForAppend(path: string, mode: number | undefined): Promise<FileHandle> {
  const named = await lstat(path).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  });
  if (named !== null) refuseUnlessPlain(path, named);
  const handle = await open(path, APPEND_FLAGS, mode);
  try {
    const opened = await handle.stat();
    refuseUnlessPlain(path, opened);
    if (named !== null && (opened.ino !== named.ino || opened.dev !== named.dev)) {
      throw fsError('ELOOP', path, 'it was replaced while being opened');
    }
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function refuseUnlessPlain(path: string, stats: Stats): void {
  if (stats.isFile()) return;
  if (stats.isSymbolicLink()) throw fsError('ELOOP', path, 'it is a link');
  if (stats.isDirectory()) throw fsError('EISDIR', path, 'it is a folder');
  throw new Error('it is a pipe, socket or device, not a plain file');
}

function fsError(code: string, path: string, what: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: ${what}, open '${path}'`);
  error.code = code;
  error.path = path;
  return error;
}

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const PLAIN_WORDS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  EACCES: 'permission denied',
  EPERM: 'the operation was not permitted',
  EIO: 'the disk reported a hardware error',
  EDQUOT: 'the disk quota is used up',
  EBUSY: 'another program is using the file',
  ENOENT: 'the folder does not exist',
  EISDIR: 'it is a folder, not a file',
  ELOOP: 'it is a link to another file, which the kiosk never writes through',
};

/** "the disk is full (ENOSPC)": what a file-system error means, for a person reading a log. */
export function describeFsError(error: unknown): string {
  const code = errorCode(error);
  const words = code === undefined ? undefined : PLAIN_WORDS[code];
  if (words !== undefined) return `${words} (${code})`;
  return error instanceof Error ? error.message : String(error);
}
