// `tsx scripts/build-electron.ts [outDir]`: bundles the Electron shell into dist/electron/.
// - main.js (ES module): the main process with everything it imports (core, contract, zod,
//   lowdb, electron-log) in one file, so the packaged app needs no node_modules at run time and
//   nothing resolves modules inside app.asar. Only `electron` (provided by the runtime) and
//   Node's built-ins stay outside.
// - preload.cjs (CommonJS): a sandboxed preload can require only `electron`, never a local file
//   or a package, so it is one self-contained file; build-electron.test.ts checks that.
// - hash-pin-preload.cjs and hash-pin/ (index.html, hash-pin.css, hash-pin.js): the `--hash-pin`
//   window's own preload and page (electron/main/hash-pin/), served on app:// like the kiosk.
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// CommonJS packages bundled into an ES module still call require() for Node's built-ins;
// esbuild leaves those calls to a `require` that an ES module lacks unless it is made here.
const REQUIRE_SHIM =
  "import { createRequire as __kioskCreateRequire } from 'node:module';\n" +
  'const require = __kioskCreateRequire(import.meta.url);';

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'es2023',
  external: ['electron'],
  logLevel: 'warning',
  legalComments: 'none',
};

export async function buildElectron(outDir: string): Promise<void> {
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(root, 'electron/main/main.ts')],
      outfile: join(outDir, 'main.js'),
      format: 'esm',
      banner: { js: REQUIRE_SHIM },
    }),
    build({
      ...common,
      entryPoints: [join(root, 'electron/preload/preload.ts')],
      outfile: join(outDir, 'preload.cjs'),
      format: 'cjs',
    }),
    buildHashPinWindow(outDir),
  ]);
}

const HASH_PIN_SOURCE = join(root, 'electron/main/hash-pin');

async function buildHashPinWindow(outDir: string): Promise<void> {
  const pageDir = join(outDir, 'hash-pin');
  await mkdir(pageDir, { recursive: true });
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(HASH_PIN_SOURCE, 'hash-pin-preload.ts')],
      outfile: join(outDir, 'hash-pin-preload.cjs'),
      format: 'cjs',
    }),
    build({
      ...common,
      platform: 'browser',
      entryPoints: [join(HASH_PIN_SOURCE, 'hash-pin-entry.ts')],
      outfile: join(pageDir, 'hash-pin.js'),
      format: 'esm',
    }),
    ...['index.html', 'hash-pin.css'].map((name) =>
      copyFile(join(HASH_PIN_SOURCE, name), join(pageDir, name)),
    ),
  ]);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildElectron(resolve(root, process.argv[2] ?? 'dist/electron'));
}
