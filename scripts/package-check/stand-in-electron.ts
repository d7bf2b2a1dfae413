import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { wireBytes } from './fuse-wire.ts';

/**
 * A shell script in Electron's place: if anything ever runs it, it says what it is and fails;
 * the comment line after it carries the fuse wire where @electron/fuses looks for it.
 */
export function standInExecutable(wire: string): Buffer {
  return Buffer.concat([
    Buffer.from(
      '#!/bin/sh\n' +
        "echo 'This is a stand-in for Electron made by npm run check:package; it cannot run the app.' >&2\n" +
        'exit 1\n# ',
    ),
    wireBytes(wire),
    Buffer.from('\n'),
  ]);
}

/** The unpacked-Electron folder electron-builder's `electronDist` takes, as little as it needs. */
export async function makeStandInElectron(dir: string, wire: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const executable = join(dir, 'electron');
  await writeFile(executable, standInExecutable(wire));
  await chmod(executable, 0o755);
  const licence = 'Stand-in for Electron (npm run check:package); not Electron and not licensed.\n';
  await writeFile(join(dir, 'LICENSE'), licence);
  await writeFile(join(dir, 'LICENSES.chromium.html'), `<p>${licence}</p>\n`);
}
