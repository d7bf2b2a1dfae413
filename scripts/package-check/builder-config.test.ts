import { describe, expect, it } from 'vitest';
import {
  essentialFiles,
  filePatterns,
  linuxExtraResources,
  pinnedElectronVersion,
} from './builder-config.ts';

describe('pinnedElectronVersion', () => {
  it('takes the exact version package.json pins', () => {
    expect(pinnedElectronVersion({ devDependencies: { electron: '45.6.1' } })).toBe('45.6.1');
  });

  it('refuses a range or a missing electron, which could not name one binary', () => {
    expect(() => pinnedElectronVersion({ devDependencies: { electron: '^45.6.1' } })).toThrow(
      /exact version, not \^45.6.1/,
    );
    expect(() => pinnedElectronVersion({})).toThrow(/not undefined/);
  });
});

describe('essentialFiles', () => {
  it('starts from package.json’s main, wherever the build puts it', () => {
    expect(essentialFiles({ main: 'out/main.js' })).toEqual([
      'out/main.js',
      'dist/electron/preload.cjs',
      'dist/electron/hash-pin-preload.cjs',
      'dist/renderer/index.html',
      'dist/ssr/render-first-screen.js',
    ]);
  });
});

describe('linuxExtraResources', () => {
  it('takes the shared extra resources, then Linux’s own', () => {
    const config = {
      extraResources: [{ from: 'data/a.json', to: 'a.json' }],
      linux: { extraResources: [{ from: 'assets/b.desktop', to: 'b.desktop' }] },
      win: { extraResources: [{ from: 'w', to: 'w' }] },
    };
    expect(linuxExtraResources(config).map((r) => r.to)).toEqual(['a.json', 'b.desktop']);
    expect(linuxExtraResources({})).toEqual([]);
  });
});

describe('filePatterns', () => {
  it('sorts electron-builder.yml’s files list into folders, single files and exclusions', () => {
    expect(filePatterns(['dist/electron/**', 'package.json', '!**/*.map'])).toEqual({
      folders: ['dist/electron'],
      single: ['package.json'],
      excluded: ['**/*.map'],
    });
  });

  it('refuses a wildcard it cannot turn into a list of files', () => {
    expect(() => filePatterns(['dist/*.js'])).toThrow(/dist\/\*\.js/);
  });
});
