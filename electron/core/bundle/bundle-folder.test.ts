import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pruneContentFiles, readCurrentManifest, writeManifestPair } from './bundle-folder.ts';

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsPromises>();
  return { ...real, open: vi.fn(real.open), rename: vi.fn(real.rename) };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bundle-folder-'));
  vi.mocked(fsPromises.open).mockClear();
  vi.mocked(fsPromises.rename).mockClear();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeManifestPair', () => {
  it('writes both temp files first, renames the signature in before the manifest, then syncs the folder', async () => {
    await writeManifestPair(dir, '{"v": 2}\n', new Uint8Array(64).fill(7), 'linux');
    const opened = vi
      .mocked(fsPromises.open)
      .mock.calls.map(([path, flags]) => [String(path), flags]);
    expect(opened).toEqual([
      [join(dir, 'manifest.sig.tmp'), 'w'],
      [join(dir, 'manifest.json.tmp'), 'w'],
      [dir, 'r'],
    ]);
    expect(vi.mocked(fsPromises.rename).mock.calls).toEqual([
      [join(dir, 'manifest.sig.tmp'), join(dir, 'manifest.sig')],
      [join(dir, 'manifest.json.tmp'), join(dir, 'manifest.json')],
    ]);
    expect(await readFile(join(dir, 'manifest.json'), 'utf8')).toBe('{"v": 2}\n');
    expect(await readFile(join(dir, 'manifest.sig'))).toEqual(Buffer.alloc(64, 7));
    expect(await readdir(dir)).not.toContain('manifest.json.tmp');
  });

  it('says in words when the folder cannot be written, and that kiosks keep the previous version', async () => {
    await expect(
      writeManifestPair(join(dir, 'missing'), '{}', new Uint8Array(64), 'linux'),
    ).rejects.toThrow(
      `Could not write the manifest in ${join(dir, 'missing')}: the folder does not exist (ENOENT). Kiosks keep the previous version; sign again once this is fixed.`,
    );
  });
});

describe('pruneContentFiles', () => {
  const name = (n: number) => `${String(n).repeat(64).slice(0, 64)}.json`;

  it('keeps the newest five with the current one among them, and clears temp files a kill left', async () => {
    for (let n = 1; n <= 8; n += 1) {
      await writeFile(join(dir, name(n)), '{}');
      await utimes(join(dir, name(n)), n * 1000, n * 1000);
    }
    await writeFile(join(dir, `.${name(9)}.1a2b3c4d.tmp`), 'half');
    await writeFile(join(dir, 'manifest.json'), '{}');
    // The current file is the oldest here (a re-signed rollback): it stays all the same.
    const removed = await pruneContentFiles(dir, name(1));
    expect(removed.sort()).toEqual([name(2), name(3), name(4)].sort());
    expect((await readdir(dir)).sort()).toEqual(
      [name(1), name(5), name(6), name(7), name(8), 'manifest.json'].sort(),
    );
  });
});

describe('readCurrentManifest', () => {
  it('is null without a manifest, and refuses one it cannot read, in words', async () => {
    expect(await readCurrentManifest(dir)).toBeNull();
    await writeFile(join(dir, 'manifest.json'), '{"format": 1}');
    await expect(readCurrentManifest(dir)).rejects.toThrow(
      `${join(dir, 'manifest.json')} cannot be read (contentVersion must be a number), so the next content version is unknown. Nothing was written.`,
    );
  });
});
