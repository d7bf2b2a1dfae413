import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileDurably } from '../store/write-durably.ts';
import { durableWriteProblems, stepLabels } from './durable-write-check.ts';
import { createScriptedFs, type FsCall } from './scripted-fs.ts';

// The check guards every durable-write test, so it is proven here to fail for each step a write
// could leave out, using the calls of a real write with that one step removed.
let dir: string;
let target: string;
let recorded: FsCall[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'durable-check-'));
  target = join(dir, 'content.json');
  await writeFile(target, 'old');
  const fs = createScriptedFs();
  await writeFileDurably(fs, target, 'new', 'darwin');
  recorded = fs.calls;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('durableWriteProblems', () => {
  it('finds nothing wrong with a real write', () => {
    expect(stepLabels(recorded, target)).toEqual([
      'open temp',
      'write',
      'fsync temp',
      'close',
      'rename',
      'open dir',
      'fsync dir',
      'close dir',
    ]);
    expect(durableWriteProblems(recorded, target, 'darwin')).toEqual([]);
  });

  it.each(['open temp', 'write', 'fsync temp', 'close', 'open dir', 'fsync dir', 'close dir'])(
    'catches a write without "%s"',
    (step) => {
      const broken = recorded.filter((_, index) => stepLabels(recorded, target)[index] !== step);
      expect(broken).toHaveLength(recorded.length - 1);
      expect(durableWriteProblems(broken, target, 'darwin')).toEqual([
        `${step} is missing or out of order`,
      ]);
    },
  );

  it('catches a write without the rename', () => {
    const broken = recorded.filter((call) => call.op !== 'rename');
    expect(durableWriteProblems(broken, target, 'darwin')).toEqual([
      'nothing is renamed over the target',
    ]);
  });

  it('catches a rename before the temp file is fsynced', () => {
    const [open, write, sync, close, rename, ...folder] = recorded;
    const early = [open, write, rename, sync, close, ...folder] as FsCall[];
    expect(durableWriteProblems(early, target, 'darwin')).toEqual([
      'rename is missing or out of order',
    ]);
  });

  it('catches a folder fsync before the rename', () => {
    const [open, write, sync, close, rename, openDir, syncDir, closeDir] = recorded;
    const early = [open, write, sync, close, openDir, syncDir, closeDir, rename] as FsCall[];
    expect(durableWriteProblems(early, target, 'darwin')).not.toEqual([]);
  });

  it('asks no folder fsync on Windows', () => {
    expect(durableWriteProblems(recorded.slice(0, 5), target, 'win32')).toEqual([]);
    expect(durableWriteProblems(recorded.slice(0, 5), target, 'linux')).toEqual([
      'open dir is missing or out of order',
      'fsync dir is missing or out of order',
      'close dir is missing or out of order',
    ]);
  });

  it('catches a temp file written in another folder', () => {
    const temp = '/elsewhere/tmp';
    const calls: FsCall[] = [
      { op: 'open', path: temp },
      { op: 'write', path: temp },
      { op: 'sync', path: temp },
      { op: 'close', path: temp },
      { op: 'rename', path: temp, to: target },
    ];
    expect(durableWriteProblems(calls, target, 'win32')).toEqual([
      'the temp file is not in the target folder',
    ]);
  });
});
