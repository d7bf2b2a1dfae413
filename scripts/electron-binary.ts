import * as nodeFs from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type ElectronBinary = { path: string } | { missing: string };

export interface BinaryLookup {
  /** The folder holding node_modules (the repository). */
  root?: string;
  env?: NodeJS.ProcessEnv;
  /** Only what is used, so a test's fake need not match every overload of Node's fs. */
  fs?: {
    existsSync(path: string): boolean;
    readFileSync(path: string, encoding: 'utf8'): string;
  };
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FETCH = 'fetch it with `npx install-electron` where the network allows';

/**
 * Where Electron's binary is, or one line saying why there is none. It reads what the electron
 * package's own index.js reads (path.txt, then dist/<that name>, or ELECTRON_OVERRIDE_DIST_PATH)
 * without requiring 'electron', which would start a download when the binary is missing.
 */
export function findElectronBinary({
  root = repoRoot,
  env = process.env,
  fs = nodeFs,
}: BinaryLookup = {}): ElectronBinary {
  const packageDir = join(root, 'node_modules', 'electron');
  if (!fs.existsSync(join(packageDir, 'package.json'))) {
    return { missing: 'The electron package is not installed: run `npm install`.' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const name = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = join(override, name || 'electron');
    return fs.existsSync(binary)
      ? { path: binary }
      : { missing: `ELECTRON_OVERRIDE_DIST_PATH names ${binary}, which does not exist.` };
  }
  if (name === '') {
    return { missing: `Electron's binary has not been downloaded (no ${pathFile}): ${FETCH}.` };
  }
  const binary = join(packageDir, 'dist', name);
  if (!fs.existsSync(binary)) {
    return { missing: `Electron's binary ${binary} is missing: ${FETCH}.` };
  }
  return { path: binary };
}
