import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationNames } from '../electron/contract/wire.ts';
import { buildElectron } from './build-electron.ts';
import { isBuiltin, loadsIn } from './bundle/loads-in.ts';

let outDir: string;
let preload: string;
let main: string;
beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'kiosk-electron-build-'));
  await buildElectron(outDir);
  preload = await readFile(join(outDir, 'preload.cjs'), 'utf8');
  main = await readFile(join(outDir, 'main.js'), 'utf8');
}, 60_000);
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('dist/electron/preload.cjs', () => {
  it('is one CommonJS file whose only require() is electron', () => {
    expect(loadsIn(preload).requires).toEqual(['electron']);
  });

  it('has no import statements (a sandboxed preload cannot load modules)', () => {
    expect(loadsIn(preload).imports).toEqual([]);
  });

  it('runs with nothing but electron to require, and exposes window.kiosk from the contract', () => {
    const exposed = new Map<string, unknown>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: { invoke: async () => undefined, on() {}, removeListener() {} },
    };
    const requireOnlyElectron = (name: string) => {
      if (name === 'electron') return electron;
      throw new Error(`A sandboxed preload cannot require ${name}`);
    };
    const module = { exports: {} };
    runInNewContext(preload, { require: requireOnlyElectron, module, exports: module.exports });
    expect([...exposed.keys()]).toEqual(['kiosk']);
    const api = exposed.get('kiosk') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...operationNames, 'on'].sort());
  });
});

describe('dist/electron/main.js', () => {
  it('is an ES module that imports only electron and Node built-ins', () => {
    const { imports } = loadsIn(main);
    // The one import by path: the renderer's server build (dist/ssr, packed beside dist/electron
    // and self-contained: check-bundle.ts), which paints the first screen.
    const firstScreen =
      /^<dynamic: pathToFileURL\(join\d*\(ssrDir, FIRST_SCREEN_MODULE\)\)\.href>$/;
    const dynamic = imports.filter((name) => name.startsWith('<dynamic:'));
    expect(dynamic).toHaveLength(1);
    expect(dynamic[0]).toMatch(firstScreen);
    expect(
      imports.filter((name) => name !== 'electron' && !isBuiltin(name) && !firstScreen.test(name)),
    ).toEqual([]);
    expect(imports).toContain('electron');
  });

  it('requires only Node built-ins and electron (from the CommonJS packages bundled into it)', () => {
    // electron-updater is CommonJS and requires `electron`, which the runtime provides.
    const requires = loadsIn(main).requires;
    expect(requires.filter((name) => name !== 'electron' && !isBuiltin(name))).toEqual([]);
    expect(requires).toContain('electron');
  });
});

describe('the --hash-pin window', () => {
  it('has its own preload: one CommonJS file that requires only electron and exposes only hashPin', async () => {
    const code = await readFile(join(outDir, 'hash-pin-preload.cjs'), 'utf8');
    expect(loadsIn(code)).toEqual({ requires: ['electron'], imports: [] });
    const exposed = new Map<string, unknown>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: { invoke: async () => undefined },
    };
    const module = { exports: {} };
    runInNewContext(code, {
      require: (name: string) => (name === 'electron' ? electron : undefined),
      module,
      exports: module.exports,
    });
    expect([...exposed.keys()]).toEqual(['hashPin']);
  });

  it('has its page, stylesheet and one self-contained script beside main.js', async () => {
    expect((await readdir(join(outDir, 'hash-pin'))).sort()).toEqual([
      'hash-pin.css',
      'hash-pin.js',
      'index.html',
    ]);
    const script = await readFile(join(outDir, 'hash-pin', 'hash-pin.js'), 'utf8');
    expect(loadsIn(script)).toEqual({ requires: [], imports: [] });
  });
});
