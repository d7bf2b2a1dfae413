import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationNames } from '../electron/contract/wire.ts';
import { buildElectron } from './build-electron.ts';

/**
 * What a bundle loads at run time, read with TypeScript's parser (so comments and strings do
 * not count): each require() call (esbuild's own `__require` too), static import and dynamic
 * import(). A literal gives the module name; anything else `<dynamic: …>`, which could load
 * whatever it likes.
 */
function loadsIn(code: string): { requires: string[]; imports: string[] } {
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false);
  const requires: string[] = [];
  const imports: string[] = [];
  const name = (node: ts.Node | undefined) =>
    node && ts.isStringLiteralLike(node) ? node.text : `<dynamic: ${node?.getText(file) ?? ''}>`;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      if (node.moduleSpecifier) imports.push(name(node.moduleSpecifier));
    } else if (ts.isCallExpression(node)) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        imports.push(name(node.arguments[0]));
      } else if (
        ts.isIdentifier(node.expression) &&
        /^(?:__)?require\d*$/.test(node.expression.text)
      ) {
        requires.push(name(node.arguments[0]));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { requires, imports };
}

const isBuiltin = (name: string) =>
  builtinModules.includes(name.replace(/^node:/, '')) || name.startsWith('node:');

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

describe('the checks can fail', () => {
  it('finds local files, packages and dynamic requires, but not comments or strings', () => {
    const code = `require("./x.js"); __require("zod"); require(name); a.require("no");
      // require("in-a-comment")
      const s = 'require("in-a-string")';`;
    expect(loadsIn(code).requires).toEqual(['./x.js', 'zod', '<dynamic: name>']);
  });

  it('finds static, re-exported and dynamic imports', () => {
    const code = `import { a } from "lowdb"; export * from './y.js'; await import(p);`;
    expect(loadsIn(code).imports).toEqual(['lowdb', './y.js', '<dynamic: p>']);
  });
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
    expect(imports.filter((name) => name !== 'electron' && !isBuiltin(name))).toEqual([]);
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
