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
  readPolicyText: noPolicyFile,
  ...change,
});

function noPolicyFile(): never {
  throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
}

/** A policy reader that records which file was asked for. */
function policyFile(text: string) {
  const asked: string[] = [];
  return {
    asked,
    readPolicyText: (path: string) => {
      asked.push(path);
      return text;
    },
  };
}

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

describe('IT’s policy', () => {
  it('is read and handed on, and its dataDir is the data folder', () => {
    const { readPolicyText } = policyFile(
      '{"dataDir": "/var/lib/asb-lobby-kiosk", "kioskMode": false}',
    );
    const paths = shellPaths(inputs({ readPolicyText }));
    expect(paths.policy).toEqual({
      policy: { dataDir: '/var/lib/asb-lobby-kiosk', kioskMode: false },
      path: '/etc/asb-lobby-kiosk/policy.json',
      problem: null,
    });
    expect(paths.dataDir).toBe('/var/lib/asb-lobby-kiosk');
    expect(paths.logDir).toBe(join('/var/lib/asb-lobby-kiosk', 'logs'));
  });

  it('gives way to --data-dir', () => {
    const { readPolicyText } = policyFile('{"dataDir": "/var/lib/asb-lobby-kiosk"}');
    const argv = ['electron', 'main.js', '--data-dir', '/srv/k'];
    expect(shellPaths(inputs({ argv, readPolicyText })).dataDir).toBe('/srv/k');
  });

  it('packaged: --data-dir is ignored unless the policy allows it, and the paths say so for the log', () => {
    const argv = ['ASB Lobby Kiosk', '--data-dir', '/tmp/elsewhere'];
    const ignored = shellPaths(inputs({ argv, isPackaged: true }));
    expect(ignored.dataDir).toBe('/home/it/.config/ASB Lobby Kiosk');
    expect(ignored.dataDirNotice).toMatch(/^--data-dir "\/tmp\/elsewhere" was ignored/);
    const { readPolicyText } = policyFile('{"allowDataDirSwitch": true}');
    const allowed = shellPaths(inputs({ argv, isPackaged: true, readPolicyText }));
    expect(allowed.dataDir).toBe('/tmp/elsewhere');
    expect(allowed.dataDirNotice).toBeUndefined();
  });

  it('packaged: only the documented path, whatever KIOSK_POLICY_FILE says', () => {
    const file = policyFile('{}');
    const env = { KIOSK_POLICY_FILE: '/tmp/other-policy.json', ProgramData: 'C:\\ProgramData' };
    shellPaths(inputs({ isPackaged: true, env, platform: 'win32', ...file }));
    expect(file.asked).toEqual(['C:\\ProgramData\\ASB Lobby Kiosk\\policy.json']);
  });

  it('in development: KIOSK_POLICY_FILE may name a test policy', () => {
    const file = policyFile('{}');
    shellPaths(inputs({ env: { KIOSK_POLICY_FILE: '/tmp/test-policy.json' }, ...file }));
    expect(file.asked).toEqual(['/tmp/test-policy.json']);
  });

  it('a policy that cannot be used leaves the per-user folder and says why', () => {
    const { readPolicyText } = policyFile('{"dataDir": 7}');
    const paths = shellPaths(inputs({ readPolicyText }));
    expect(paths.dataDir).toBe('/home/it/.config/ASB Lobby Kiosk');
    expect(paths.policy.problem).toMatch(/^policy\.json: "dataDir": dataDir must be a folder/);
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
