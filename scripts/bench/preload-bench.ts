// The Electron path, counted without Electron (its binary cannot be downloaded here): the built
// sandboxed preload evaluated in node:vm against a fake `electron`, so its size and its cost
// per window load are figures the bench can print.
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { createContext, Script } from 'node:vm';
import { createPreloadElectron, type PreloadElectron } from './preload-fake-electron.ts';
import { median } from './stats.ts';

export const PRELOAD_PATH = 'dist/electron/preload.cjs';
const RUNS = 50;

export interface PreloadFigures {
  bytes: number;
  runs: number;
  /** Compile and run of the file, each in a fresh context, median. */
  medianMs: number;
  /** What the last run put on window (the page's `window.kiosk` and its functions). */
  exposed: Record<string, string[]>;
}

/** A sandboxed preload may require only `electron`; anything else fails as Electron would. */
const sandboxRequire = (electron: PreloadElectron) => (name: string) => {
  if (name === 'electron') return electron;
  throw new Error(`A sandboxed preload cannot require "${name}".`);
};

export interface PreloadRun {
  ms: number;
  /** What the run put on window, each with its own keys sorted (`kiosk`: its operations). */
  exposed: Record<string, string[]>;
}

/**
 * Compiles and runs `source` in a new context with a new fake electron, as a fresh renderer
 * does, timing both. `run` ends the source with a unique comment so V8's in-process compile
 * cache cannot serve it: a renderer process starts without one.
 */
export function evaluatePreload(source: string, run: number): PreloadRun {
  const electron = createPreloadElectron();
  const module = { exports: {} };
  const context = createContext({
    require: sandboxRequire(electron),
    module,
    exports: module.exports,
  });
  const start = performance.now();
  new Script(`${source}\n// run ${String(run)}`, { filename: 'preload.cjs' }).runInContext(context);
  const ms = performance.now() - start;
  const exposed = [...electron.exposed].map(([key, value]) => [
    key,
    typeof value === 'object' && value !== null ? Object.keys(value).sort() : [],
  ]);
  return { ms, exposed: Object.fromEntries(exposed) as Record<string, string[]> };
}

/** Size and median evaluation time of a preload's source over `runs` fresh contexts. */
export function preloadFigures(source: string, runs = RUNS): PreloadFigures {
  evaluatePreload(source, -1); // Warms this process's own code (vm, the fake), not the preload.
  const results = Array.from({ length: runs }, (_, run) => evaluatePreload(source, run));
  return {
    bytes: Buffer.byteLength(source, 'utf8'),
    runs,
    medianMs: median(results.map((result) => result.ms)),
    exposed: results.at(-1)?.exposed ?? {},
  };
}

/** The built preload (run `npm run build` first), measured; it must give the page `kiosk`. */
export async function builtPreloadFigures(path = PRELOAD_PATH): Promise<PreloadFigures> {
  const figures = preloadFigures(await readFile(path, 'utf8'));
  // A preload that exposed nothing was not the kiosk's: its time would be no figure at all.
  if (!figures.exposed.kiosk?.includes('getPublishedContent')) {
    throw new Error(`${path} did not put window.kiosk on the page; nothing was measured.`);
  }
  return figures;
}
