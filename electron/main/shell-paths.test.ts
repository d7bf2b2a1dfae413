import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFlag, shellPaths, type ShellPathInputs } from './shell-paths.ts';

const repo = resolve('/home/it/asb-lobby-kiosk');
const inputs = (change: Partial<ShellPathInputs> = {}): ShellPathInputs => ({
  argv: ['/usr/bin/electron', join(repo, 'dist/electron/main.js')],
  isPackaged: false,
  resourcesPath: '/opt/ASB Lobby Kiosk/resources',
  bundleDir: join(repo, 'dist', 'electron'),
  env: {},
  platform: 'linux',
  homedir: '/home/it',
  ...change,
});

describe('--data-dir', () => {
  it.each([
    [['electron', 'main.js', '--data-dir', '/srv/kiosk'], '/srv/kiosk'],
    [['electron', 'main.js', '--data-dir=/srv/kiosk'], '/srv/kiosk'],
    [['kiosk', '--no-sandbox', '--data-dir', 'D:\\Kiosk', '--enable-logging'], 'D:\\Kiosk'],
    [['electron', 'main.js', '--data-dir'], ''],
    [['electron', 'main.js', '--data-dir', '--kiosk'], ''],
    [['electron', 'main.js'], undefined],
  ])('%j -> %j', (argv, expected) => {
    expect(dataDirFlag(argv)).toBe(expected);
  });

  it('wins over the per-user folder', () => {
    const paths = shellPaths(inputs({ argv: ['electron', 'main.js', '--data-dir', '/srv/k'] }));
    expect(paths.dataDir).toBe('/srv/k');
    expect(paths.logDir).toBe(join('/srv/k', 'logs'));
  });

  it('without a value says what is missing', () => {
    expect(() => shellPaths(inputs({ argv: ['electron', 'main.js', '--data-dir'] }))).toThrow(
      /--data-dir needs a folder/,
    );
  });

  it('absent: the same per-user folder as the browser shell', () => {
    expect(shellPaths(inputs()).dataDir).toBe('/home/it/.config/ASB Lobby Kiosk');
    const windows = shellPaths(
      inputs({ platform: 'win32', env: { APPDATA: 'C:\\Users\\it\\AppData\\Roaming' } }),
    );
    expect(windows.dataDir).toBe('C:\\Users\\it\\AppData\\Roaming\\ASB Lobby Kiosk');
  });
});

describe('bundled files', () => {
  it('in development: the repository’s data/ and dist/', () => {
    expect(shellPaths(inputs())).toMatchObject({
      defaultContentPath: join(repo, 'data', 'default-content.json'),
      rendererDir: join(repo, 'dist', 'renderer'),
      preloadPath: join(repo, 'dist', 'electron', 'preload.cjs'),
    });
  });

  it('packaged: the default content is an extra resource, the rest is inside app.asar', () => {
    const asar = '/opt/ASB Lobby Kiosk/resources/app.asar';
    const paths = shellPaths(
      inputs({ isPackaged: true, bundleDir: join(asar, 'dist', 'electron') }),
    );
    expect(paths).toMatchObject({
      defaultContentPath: join('/opt/ASB Lobby Kiosk/resources', 'default-content.json'),
      rendererDir: join(asar, 'dist', 'renderer'),
      preloadPath: join(asar, 'dist', 'electron', 'preload.cjs'),
    });
  });
});
