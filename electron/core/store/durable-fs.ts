import { access, mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';

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
  /** 'wx' creates a new file and fails if one exists; 'r' is how a folder is opened to fsync it. */
  open(path: string, flags: 'wx' | 'r'): Promise<DurableFileHandle>;
  readText(path: string): Promise<string>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Creates the folder and its parents; no error when it exists. */
  mkdir(path: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  /** The names in a folder; [] when the folder does not exist. */
  list(path: string): Promise<string[]>;
}

export const nodeDurableFs: DurableFs = {
  async open(path, flags) {
    const handle = await open(path, flags);
    return {
      writeText: (text) => handle.writeFile(text, 'utf8'),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  readText: (path) => readFile(path, 'utf8'),
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  async mkdir(path) {
    await mkdir(path, { recursive: true });
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
};

/** "the disk is full (ENOSPC)": what a file-system error means, for a person reading a log. */
export function describeFsError(error: unknown): string {
  const code = errorCode(error);
  const words = code === undefined ? undefined : PLAIN_WORDS[code];
  if (words !== undefined) return `${words} (${code})`;
  return error instanceof Error ? error.message : String(error);
}
