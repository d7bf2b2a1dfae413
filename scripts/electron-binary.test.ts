import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary, type BinaryLookup } from './electron-binary.ts';

const root = '/repo';
const pkg = join(root, 'node_modules', 'electron');

/** A file system of just these files, as path -> content. */
function fakeFs(files: Record<string, string>): NonNullable<BinaryLookup['fs']> {
  return {
    existsSync: (path) => Object.hasOwn(files, path),
    readFileSync: (path) => {
      const content = files[path];
      if (content === undefined) throw new Error(`ENOENT: ${path}`);
      return content;
    },
  };
}

const find = (files: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
  findElectronBinary({ root, env, fs: fakeFs(files) });

describe('finding the Electron binary without requiring electron', () => {
  it('is the file path.txt names under node_modules/electron/dist', () => {
    const files = {
      [join(pkg, 'package.json')]: '{}',
      [join(pkg, 'path.txt')]: 'electron\n',
      [join(pkg, 'dist', 'electron')]: 'ELF',
    };
    expect(find(files)).toEqual({ path: join(pkg, 'dist', 'electron') });
  });

  it('follows path.txt on macOS', () => {
    const name = 'Electron.app/Contents/MacOS/Electron';
    const files = {
      [join(pkg, 'package.json')]: '{}',
      [join(pkg, 'path.txt')]: name,
      [join(pkg, 'dist', name)]: 'Mach-O',
    };
    expect(find(files)).toEqual({ path: join(pkg, 'dist', name) });
  });

  it('says so in one line when the binary was never downloaded (no path.txt), as here', () => {
    const result = find({ [join(pkg, 'package.json')]: '{}' });
    expect(result).toEqual({ missing: expect.stringContaining('npx install-electron') });
    expect('missing' in result && result.missing).not.toContain('\n');
  });

  it('says so when path.txt names a file that is not there', () => {
    const files = { [join(pkg, 'package.json')]: '{}', [join(pkg, 'path.txt')]: 'electron' };
    expect(find(files)).toEqual({
      missing: expect.stringContaining(join(pkg, 'dist', 'electron')),
    });
  });

  it('says so when the electron package itself is not installed', () => {
    expect(find({})).toEqual({ missing: expect.stringContaining('npm install') });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, as electron’s own index.js does', () => {
    const files = { [join(pkg, 'package.json')]: '{}', ['/opt/electron/electron']: 'ELF' };
    expect(find(files, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' })).toEqual({
      path: '/opt/electron/electron',
    });
    expect(find(files, { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' })).toEqual({
      missing: expect.stringContaining('/nowhere/electron'),
    });
  });
});
