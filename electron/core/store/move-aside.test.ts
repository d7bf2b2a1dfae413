import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeDurableFs as fs } from './durable-fs.ts';
import { fileTimestamp, moveAside } from './move-aside.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'move-aside-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const at = new Date('2026-11-23T19:40:05.678Z');

describe('fileTimestamp', () => {
  it('is the UTC time to the second, without colons', () => {
    expect(fileTimestamp(at)).toBe('2026-11-23T19-40-05Z');
  });
});

describe('moveAside', () => {
  it.each([
    ['unparsable', 'content.json.unparsable-2026-11-23T19-40-05Z'],
    ['invalid', 'content.json.invalid-2026-11-23T19-40-05Z'],
    ['too-new', 'content.json.newer-version-2026-11-23T19-40-05Z'],
  ] as const)('keeps an %s file under a name that says so', async (kind, name) => {
    await writeFile(join(dir, 'content.json'), 'bad');
    const movedTo = await moveAside(fs, join(dir, 'content.json'), kind, at);
    expect(movedTo).toBe(join(dir, name));
    expect(await readdir(dir)).toEqual([name]);
    expect(await readFile(movedTo, 'utf8')).toBe('bad');
  });

  it('never overwrites a copy moved aside earlier in the same second', async () => {
    const path = join(dir, 'content.json');
    for (const text of ['first', 'second', 'third']) {
      await writeFile(path, text);
      await moveAside(fs, path, 'invalid', at);
    }
    const base = 'content.json.invalid-2026-11-23T19-40-05Z';
    expect((await readdir(dir)).sort()).toEqual([base, `${base}-2`, `${base}-3`]);
    expect(await readFile(join(dir, `${base}-3`), 'utf8')).toBe('third');
  });
});
