import { existsSync } from 'node:fs';
import type { DurableFileHandle, DurableFs } from '../store/durable-fs.ts';
import { nodeDurableFs } from '../store/durable-fs.ts';

export type FsOp =
  | 'open'
  | 'write'
  | 'sync'
  | 'close'
  | 'readText'
  | 'rename'
  | 'link'
  | 'unlink'
  | 'mkdir'
  | 'exists'
  | 'list';

export interface FsCall {
  op: FsOp;
  path: string;
  to?: string;
}

/** A real file system (or any other) that records every call and fails the ones a test picks. */
export interface ScriptedFs extends DurableFs {
  readonly calls: FsCall[];
  /** Every later call matching `when` is recorded, then fails with `error` instead of running. */
  failWhen(when: (call: FsCall) => boolean, error: Error): void;
  clearFailures(): void;
}

export function createScriptedFs(inner: DurableFs = nodeDurableFs): ScriptedFs {
  const calls: FsCall[] = [];
  let failures: { when: (call: FsCall) => boolean; error: Error }[] = [];
  const step = async <T>(call: FsCall, run: () => Promise<T>): Promise<T> => {
    calls.push(call);
    const failure = failures.find((f) => f.when(call));
    if (failure) throw failure.error;
    return run();
  };
  const wrap = (path: string, handle: DurableFileHandle): DurableFileHandle => ({
    writeText: (text) => step({ op: 'write', path }, () => handle.writeText(text)),
    sync: () => step({ op: 'sync', path }, () => handle.sync()),
    close: () => step({ op: 'close', path }, () => handle.close()),
  });
  return {
    calls,
    failWhen: (when, error) => void failures.push({ when, error }),
    clearFailures: () => void (failures = []),
    open: (path, flags, mode) =>
      step({ op: 'open', path }, async () => wrap(path, await inner.open(path, flags, mode))),
    readText: (path) => step({ op: 'readText', path }, () => inner.readText(path)),
    rename: (from, to) => step({ op: 'rename', path: from, to }, () => inner.rename(from, to)),
    link: (existing, name) =>
      step({ op: 'link', path: existing, to: name }, () => inner.link(existing, name)),
    unlink: (path) => step({ op: 'unlink', path }, () => inner.unlink(path)),
    mkdir: (path) => step({ op: 'mkdir', path }, () => inner.mkdir(path)),
    exists: (path) => step({ op: 'exists', path }, () => inner.exists(path)),
    list: (path) => step({ op: 'list', path }, () => inner.list(path)),
  };
}

/** An error shaped like the ones node:fs throws, e.g. "ENOSPC: no space left on device, write". */
export function errnoError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  const words: Record<string, string> = {
    ENOSPC: 'no space left on device',
    EROFS: 'read-only file system',
    EACCES: 'permission denied',
    EIO: 'i/o error',
    EINVAL: 'invalid argument',
  };
  const error: NodeJS.ErrnoException = new Error(
    `${code}: ${words[code] ?? 'failed'}, ${syscall} '${path}'`,
  );
  error.code = code;
  error.syscall = syscall;
  error.path = path;
  return error;
}

const CHANGES: readonly FsOp[] = ['open', 'write', 'sync', 'rename', 'link', 'unlink'];

/**
 * Makes every change under `folder` fail with `code` (EROFS: read-only, ENOSPC: full, EACCES: not
 * the kiosk's), as such a disk does, while reads still work. A folder that exists can still be
 * "created", as mkdir -p allows on a read-only disk.
 */
export function refuseChanges(fs: ScriptedFs, code: string, folder: string): void {
  fs.failWhen(
    (call) =>
      call.path.startsWith(folder) &&
      (CHANGES.includes(call.op) || (call.op === 'mkdir' && !existsSync(call.path))),
    errnoError(code, 'open', folder),
  );
}
