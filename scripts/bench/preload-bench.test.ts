import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPreloadFigures, evaluatePreload, preloadFigures } from './preload-bench.ts';

// "é" is two bytes in UTF-8: the size is counted in bytes, as the file is on disk.
const TINY =
  "require('electron').contextBridge.exposeInMainWorld('kiosk', { ping() {}, on() {} }); // é";

describe('the preload bench', () => {
  it('runs a preload against the fake electron and reports what it put on window', () => {
    const figures = preloadFigures(TINY, 3);
    expect(figures.bytes).toBe(TINY.length + 1);
    expect(figures.runs).toBe(3);
    expect(figures.medianMs).toBeGreaterThan(0);
    expect(figures.exposed).toEqual({ kiosk: ['on', 'ping'] });
  });

  it('refuses a require other than electron, as a sandboxed preload would meet it', () => {
    expect(() => evaluatePreload("require('node:fs');", 0)).toThrow(
      'A sandboxed preload cannot require "node:fs".',
    );
  });

  it('evaluates each run in a fresh context: nothing a run leaves on its globals survives', () => {
    evaluatePreload(
      "globalThis.leftOver = 1; require('electron').contextBridge.exposeInMainWorld('a', {});",
      0,
    );
    const next = evaluatePreload('if (globalThis.leftOver) throw new Error("kept");', 1);
    expect(next.exposed).toEqual({});
  });
});

describe('builtPreloadFigures', () => {
  it('refuses a file that does not give the page window.kiosk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'preload-bench-'));
    try {
      const path = join(dir, 'preload.cjs');
      await writeFile(path, TINY);
      await expect(builtPreloadFigures(path)).rejects.toThrow('did not put window.kiosk');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
