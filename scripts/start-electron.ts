import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ElectronBinary } from './electron-binary.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ELECTRON_MAIN = join(root, 'dist', 'electron', 'main.js');

/** How long Electron may run before an exit counts as the kiosk's own end, not a failed start. */
export const START_GRACE_MS = 5_000;

export interface ElectronDeps {
  find: () => ElectronBinary;
  /** Runs electron's own installer; gives its last line of output when it fails. */
  fetch: () => { ok: true } | { ok: false; reason: string };
  env: NodeJS.ProcessEnv;
}

/**
 * The Electron binary to start, fetching it first as `require('electron')` would, unless the
 * environment forbids downloads; or the one-line reason there is none.
 */
export function prepareElectron({ find, fetch, env }: ElectronDeps): ElectronBinary {
  const found = find();
  if ('path' in found || env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1') return found;
  const fetched = fetch();
  if (!fetched.ok)
    return { missing: `Electron's binary could not be downloaded (${fetched.reason}).` };
  return find();
}

export function fetchWithInstaller(): { ok: true } | { ok: false; reason: string } {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/electron/install.js')], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (result.status === 0) return { ok: true };
  const lines = `${result.stderr}\n${result.stdout}`.split('\n').map((line) => line.trim());
  const reason = lines.find((line) => /error/i.test(line)) ?? lines.findLast((line) => line !== '');
  return { ok: false, reason: reason ?? `exit code ${String(result.status)}` };
}

export type ElectronOutcome = { exitCode: number } | { failedToStart: string };

/**
 * Runs the built Electron shell. An exit within START_GRACE_MS with a failure code (missing
 * shared libraries, no display) counts as "could not start", so the caller can fall back.
 */
export function runElectron(
  binary: string,
  args: readonly string[],
  now: () => number = Date.now,
  main: string = ELECTRON_MAIN,
): Promise<ElectronOutcome> {
  const startedAt = now();
  return new Promise((resolvePromise) => {
    const child = spawn(binary, [main, ...args], { stdio: 'inherit' });
    child.on('error', (error) => resolvePromise({ failedToStart: error.message }));
    child.on('exit', (code, signal) => {
      const exitCode = code ?? (signal === null ? 0 : 1);
      const early = now() - startedAt < START_GRACE_MS;
      resolvePromise(
        early && exitCode !== 0
          ? { failedToStart: `Electron exited at start-up with code ${String(exitCode)}` }
          : { exitCode },
      );
    });
  });
}
