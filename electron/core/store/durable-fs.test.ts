import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errnoError } from '../test-support/scripted-fs.ts';
import { describeFsError, errorCode, nodeDurableFs as fs } from './durable-fs.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'durable-fs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('nodeDurableFs', () => {
  it('writes, syncs and closes a new file', async () => {
    const path = join(dir, 'a.json');
    const handle = await fs.open(path, 'wx');
    await handle.writeText('{"é": 1}');
    await handle.sync();
    await handle.close();
    expect(await readFile(path, 'utf8')).toBe('{"é": 1}');
    expect(await fs.readText(path)).toBe('{"é": 1}');
  });

  it("refuses to open with 'wx' a file that already exists", async () => {
    await writeFile(join(dir, 'taken'), 'x');
    await expect(fs.open(join(dir, 'taken'), 'wx')).rejects.toMatchObject({ code: 'EEXIST' });
  });

  it('opens a folder to sync it', async () => {
    const handle = await fs.open(dir, 'r');
    await handle.sync();
    await handle.close();
  });

  it('renames over an existing file and unlinks', async () => {
    await writeFile(join(dir, 'new'), 'new');
    await writeFile(join(dir, 'old'), 'old');
    await fs.rename(join(dir, 'new'), join(dir, 'old'));
    expect(await readdir(dir)).toEqual(['old']);
    expect(await readFile(join(dir, 'old'), 'utf8')).toBe('new');
    await fs.unlink(join(dir, 'old'));
    expect(await readdir(dir)).toEqual([]);
  });

  it('creates nested folders, and does not mind when they exist', async () => {
    const nested = join(dir, 'a', 'b');
    await fs.mkdir(nested);
    await fs.mkdir(nested);
    expect(await fs.exists(nested)).toBe(true);
    expect(await fs.exists(join(dir, 'none'))).toBe(false);
  });

  it('reports a missing file as ENOENT', async () => {
    await expect(fs.readText(join(dir, 'none'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('describeFsError', () => {
  it('says what a disk error means in plain words, keeping the code for IT', () => {
    expect(describeFsError(errnoError('ENOSPC', 'write', '/x'))).toBe('the disk is full (ENOSPC)');
    expect(describeFsError(errnoError('EROFS', 'open', '/x'))).toBe(
      'the disk is read-only (EROFS)',
    );
  });

  it('falls back to the error message for anything else', () => {
    expect(describeFsError(new Error('odd'))).toBe('odd');
    expect(describeFsError('text')).toBe('text');
  });

  it('reads the code of an error, if any', () => {
    expect(errorCode(errnoError('EACCES', 'open', '/x'))).toBe('EACCES');
    expect(errorCode(new Error('x'))).toBeUndefined();
    expect(errorCode(null)).toBeUndefined();
  });
});
