import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { durableWriteProblems, stepLabels } from '../test-support/durable-write-check.ts';
import { createScriptedFs, errnoError, type FsCall } from '../test-support/scripted-fs.ts';
import { nodeDurableFs, type DurableFs } from './durable-fs.ts';
import {
  createFileDurably,
  DurableWriteError,
  isTempFileName,
  writeFileDurably,
} from './write-durably.ts';

let dir: string;
let target: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'write-durably-'));
  target = join(dir, 'content.json');
  await writeFile(target, 'old');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function recordedWrite(platform: NodeJS.Platform): Promise<FsCall[]> {
  const fs = createScriptedFs();
  await writeFileDurably(fs, target, 'new', platform);
  return fs.calls;
}

describe('writeFileDurably', () => {
  it('writes a temp file beside the target, fsyncs, closes, renames, then fsyncs the folder', async () => {
    const calls = await recordedWrite('linux');
    expect(stepLabels(calls, target)).toEqual([
      'open temp',
      'write',
      'fsync temp',
      'close',
      'rename',
      'open dir',
      'fsync dir',
      'close dir',
    ]);
    expect(durableWriteProblems(calls, target, 'linux')).toEqual([]);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['content.json']);
  });

  it('skips the folder fsync on Windows, where folders cannot be opened', async () => {
    const calls = await recordedWrite('win32');
    expect(stepLabels(calls, target)).toEqual([
      'open temp',
      'write',
      'fsync temp',
      'close',
      'rename',
    ]);
    expect(durableWriteProblems(calls, target, 'win32')).toEqual([]);
  });

  it('resolves only once the folder fsync has finished', async () => {
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowFolderSync: DurableFs = {
      ...nodeDurableFs,
      async open(path, flags) {
        const handle = await nodeDurableFs.open(path, flags);
        if (path !== dir) return handle;
        return { ...handle, sync: () => gate.then(() => handle.sync()) };
      },
    };
    let done = false;
    const writing = writeFileDurably(slowFolderSync, target, 'new', 'linux').then(() => {
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    release();
    await writing;
    expect(done).toBe(true);
  });

  describe('when the disk fails', () => {
    it.each([
      ['open', 'EROFS', 'the disk is read-only (EROFS)'],
      ['write', 'ENOSPC', 'the disk is full (ENOSPC)'],
      ['sync', 'ENOSPC', 'the disk is full (ENOSPC)'],
      ['sync', 'EIO', 'the disk reported a hardware error (EIO)'],
      ['close', 'EIO', 'the disk reported a hardware error (EIO)'],
      ['rename', 'EACCES', 'permission denied (EACCES)'],
    ] as const)(
      '%s failing with %s rejects and leaves the target as it was',
      async (op, code, words) => {
        const fs = createScriptedFs();
        fs.failWhen((call) => call.op === op && call.path !== dir, errnoError(code, op, target));
        const error = await writeFileDurably(fs, target, 'new', 'linux').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DurableWriteError);
        expect((error as DurableWriteError).message).toBe(
          `Could not save ${target}: ${words}. The file was left as it was.`,
        );
        expect((error as DurableWriteError).code).toBe(code);
        expect(await readFile(target, 'utf8')).toBe('old');
        expect(await readdir(dir)).toEqual(['content.json']);
      },
    );

    it('rejects when the folder cannot be forced to disk, saying the save may not last', async () => {
      const fs = createScriptedFs();
      fs.failWhen(
        (call) => call.op === 'sync' && call.path === dir,
        errnoError('EIO', 'fsync', dir),
      );
      await expect(writeFileDurably(fs, target, 'new', 'linux')).rejects.toThrow(
        `Saved ${target}, but could not force its folder to disk: the disk reported a hardware error (EIO). A power cut now could undo the save.`,
      );
      expect(fs.calls.at(-1)).toEqual({ op: 'close', path: dir });
    });

    it('accepts a file system that cannot fsync folders at all', async () => {
      const fs = createScriptedFs();
      fs.failWhen(
        (call) => call.op === 'sync' && call.path === dir,
        errnoError('EINVAL', 'fsync', dir),
      );
      await writeFileDurably(fs, target, 'new', 'linux');
      expect(await readFile(target, 'utf8')).toBe('new');
    });

    it('never removes a temp file it did not create', async () => {
      const fs = createScriptedFs();
      fs.failWhen((call) => call.op === 'open', errnoError('EACCES', 'open', target));
      await expect(writeFileDurably(fs, target, 'new', 'linux')).rejects.toThrow(DurableWriteError);
      expect(fs.calls.map((call) => call.op)).toEqual(['open']);
    });
  });
});

describe('createFileDurably', () => {
  const lock = () => join(dir, 'kiosk.1.lock');

  it('writes a temp file, fsyncs and closes it, gives it the name by a hard link, then fsyncs the folder', async () => {
    const fs = createScriptedFs();
    await createFileDurably(fs, lock(), 'mine', 'linux');
    const temp = fs.calls[0]!.path;
    expect(isTempFileName(temp.slice(dir.length + 1))).toBe(true);
    expect(fs.calls).toEqual([
      { op: 'open', path: temp },
      { op: 'write', path: temp },
      { op: 'sync', path: temp },
      { op: 'close', path: temp },
      { op: 'link', path: temp, to: lock() },
      { op: 'unlink', path: temp },
      { op: 'open', path: dir },
      { op: 'sync', path: dir },
      { op: 'close', path: dir },
    ]);
    expect(await readFile(lock(), 'utf8')).toBe('mine');
  });

  it('refuses with EEXIST where the file exists, leaving it as it was and no temp file', async () => {
    await writeFile(lock(), 'theirs');
    const error = await createFileDurably(nodeDurableFs, lock(), 'mine', 'linux').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DurableWriteError);
    expect(error).toMatchObject({ code: 'EEXIST' });
    expect(await readFile(lock(), 'utf8')).toBe('theirs');
    expect((await readdir(dir)).sort()).toEqual(['content.json', 'kiosk.1.lock']);
  });
});
