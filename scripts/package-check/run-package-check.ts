// `npm run check:package` (builds first): packs the app with electron-builder `--linux dir`
// around a stand-in Electron, then checks app.asar, resources/ and the fuse wire it flipped.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { essentialFiles, pinnedElectronVersion, type Json } from './builder-config.ts';
import { fuses, fusesVersion } from './builder-modules.ts';
import { count, formatCheck } from './check.ts';
import { fuseNames, judgeFuses, readFuseWire, standInWire } from './fuse-wire.ts';
import { inspectPackage } from './inspect-package.ts';
import { runElectronBuilder } from './run-electron-builder.ts';
import { makeStandInElectron } from './stand-in-electron.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const TIMEOUT_MS = 5 * 60 * 1000;
const packageJson = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as Json;
const config = load(await readFile(join(root, 'electron-builder.yml'), 'utf8')) as Json;
const settings = (config.electronFuses ?? {}) as Json;

const started = Date.now();
const work = await mkdtemp(join(tmpdir(), 'kiosk-package-check-'));
try {
  const electronVersion = pinnedElectronVersion(packageJson);
  const names = fuseNames(fuses.FuseV1Options);
  const before = standInWire(names, settings);
  console.log(
    `Packing with electron-builder --linux dir around a STAND-IN for Electron ${electronVersion}. ` +
      'The stand-in is not Electron: it is a small script carrying only a fuse wire, so nothing ' +
      'here ran the app. This checks what electron-builder packed, not that the app starts.\n' +
      `Its fuse wire has ${names.length} fuses, as many as @electron/fuses ${fusesVersion} knows ` +
      '(the real binary may carry more); each fuse electronFuses sets starts the other way.\n',
  );
  const electronDist = join(work, 'electron');
  await makeStandInElectron(electronDist, before);
  const outDir = join(work, 'out');
  const run = { root, electronDist, electronVersion, outDir, timeoutMs: TIMEOUT_MS };
  const builderLog = await runElectronBuilder(run);
  // Its own words, so any warning it gives shows in the slow lane's log.
  console.log(`${builderLog.trimEnd().replace(/^[ \t]*/gm, '  electron-builder | ')}\n`);

  const appOutDir = join(outDir, 'linux-unpacked');
  const dependencies = Object.keys((packageJson.dependencies ?? {}) as Json);
  const essential = essentialFiles(packageJson);
  const inspection = await inspectPackage({ root, config, essential, dependencies }, appOutDir);
  const executable = join(appOutDir, String((config.linux as Json).executableName));
  const after = readFuseWire(await readFile(executable));
  const checks = [...inspection.checks, ...judgeFuses(names, settings, before, after)];
  for (const check of checks) console.log(formatCheck(check));
  console.log(
    `\napp.asar: ${(inspection.asarBytes / 1e6).toFixed(2)} MB ` +
      `(${count(inspection.asarBytes)} bytes), ${count(inspection.asarFiles)} files`,
  );
  const failed = checks.filter((check) => !check.ok);
  if (failed.length > 0) {
    console.error(`\nThe package check FAILED (${failed.length}):`);
    for (const check of failed) console.error(`  ${check.line.trim()}`);
    process.exitCode = 1;
  } else {
    console.log('The package check passed.');
  }
} catch (error) {
  console.error(`The package check could not finish: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await rm(work, { recursive: true, force: true });
  console.log(`Took ${((Date.now() - started) / 1000).toFixed(1)} s, packing included.`);
}
