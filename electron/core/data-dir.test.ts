import { describe, expect, it } from 'vitest';
import { APP_NAME, resolveDataDir } from './data-dir.ts';

describe('resolveDataDir', () => {
  it('uses the --data-dir flag whatever the platform', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      expect(
        resolveDataDir({
          flag: '/srv/kiosk',
          env: { APPDATA: 'C:\\x', XDG_CONFIG_HOME: '/x' },
          platform,
          homedir: '/home/k',
        }),
      ).toBe('/srv/kiosk');
    }
  });

  it('uses IT’s policy’s dataDir over the per-user folder on every platform', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      expect(
        resolveDataDir({
          policyDataDir: 'D:\\Kiosk',
          env: { APPDATA: 'C:\\x' },
          platform,
          homedir: '/home/k',
        }),
      ).toBe('D:\\Kiosk');
    }
  });

  it('lets the --data-dir flag win over IT’s policy, for IT’s own testing', () => {
    expect(
      resolveDataDir({
        flag: '/tmp/try',
        policyDataDir: '/srv/kiosk',
        env: {},
        platform: 'linux',
        homedir: '/h',
      }),
    ).toBe('/tmp/try');
  });

  it('refuses an empty --data-dir rather than guessing', () => {
    expect(() => resolveDataDir({ flag: ' ', env: {}, platform: 'linux', homedir: '/h' })).toThrow(
      '--data-dir needs a folder',
    );
  });

  it('uses %APPDATA% on Windows', () => {
    const dir = resolveDataDir({
      env: { APPDATA: 'C:\\Users\\kiosk\\AppData\\Roaming' },
      platform: 'win32',
      homedir: 'C:\\Users\\kiosk',
    });
    expect(dir).toBe('C:\\Users\\kiosk\\AppData\\Roaming\\ASB Lobby Kiosk');
  });

  it('falls back to the roaming folder under the home folder when %APPDATA% is unset', () => {
    const dir = resolveDataDir({ env: {}, platform: 'win32', homedir: 'C:\\Users\\kiosk' });
    expect(dir).toBe('C:\\Users\\kiosk\\AppData\\Roaming\\ASB Lobby Kiosk');
  });

  it('uses ~/Library/Application Support on macOS', () => {
    const dir = resolveDataDir({
      env: { XDG_CONFIG_HOME: '/ignored' },
      platform: 'darwin',
      homedir: '/Users/kiosk',
    });
    expect(dir).toBe('/Users/kiosk/Library/Application Support/ASB Lobby Kiosk');
  });

  it('uses $XDG_CONFIG_HOME on Linux when it is set', () => {
    const dir = resolveDataDir({
      env: { XDG_CONFIG_HOME: '/etc/kiosk-config' },
      platform: 'linux',
      homedir: '/home/kiosk',
    });
    expect(dir).toBe('/etc/kiosk-config/ASB Lobby Kiosk');
  });

  it('uses ~/.config on Linux when $XDG_CONFIG_HOME is unset, empty or relative', () => {
    for (const env of [{}, { XDG_CONFIG_HOME: '' }, { XDG_CONFIG_HOME: 'relative/dir' }]) {
      expect(resolveDataDir({ env, platform: 'linux', homedir: '/home/kiosk' })).toBe(
        '/home/kiosk/.config/ASB Lobby Kiosk',
      );
    }
  });

  it('names the folder after the product', () => {
    expect(APP_NAME).toBe('ASB Lobby Kiosk');
  });
});
