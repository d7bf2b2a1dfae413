import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canCreateFiles } from './install-checks.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'install-checks-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('canCreateFiles', () => {
  it('is true for a folder the account may write, and leaves nothing behind', async () => {
    expect(canCreateFiles(dir)).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });

  it('is false for a folder that is not there', () => {
    expect(canCreateFiles(join(dir, 'missing'))).toBe(false);
  });

  it('is false for a file, not a folder', async () => {
    const file = join(dir, 'app.exe');
    await writeFile(file, '');
    expect(canCreateFiles(file)).toBe(false);
  });
});
