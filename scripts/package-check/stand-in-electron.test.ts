import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fuses } from './builder-modules.ts';
import { readFuseWire } from './fuse-wire.ts';
import { makeStandInElectron } from './stand-in-electron.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-stand-in-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('makeStandInElectron', () => {
  it('makes the folder electronDist takes: the executable and both licence files', async () => {
    await makeStandInElectron(dir, '0101');
    expect((await readdir(dir)).sort()).toEqual(['LICENSE', 'LICENSES.chromium.html', 'electron']);
  });

  it('is a wire @electron/fuses reads and flips as it would in Electron', async () => {
    await makeStandInElectron(dir, '10110001');
    const executable = join(dir, 'electron');
    const current = await fuses.getCurrentFuseWire(executable);
    expect(current[fuses.FuseV1Options.RunAsNode]).toBe('1'.charCodeAt(0));
    await fuses.flipFuses(executable, {
      version: fuses.FuseVersion.V1,
      [fuses.FuseV1Options.RunAsNode]: false,
      [fuses.FuseV1Options.EnableCookieEncryption]: true,
    });
    expect(readFuseWire(await readFile(executable))).toBe('01110001');
  });

  it('refuses to run: it is not Electron', async () => {
    await makeStandInElectron(dir, '0');
    expect(() => execFileSync(join(dir, 'electron'), { stdio: 'pipe' })).toThrow(/stand-in/);
  });
});
