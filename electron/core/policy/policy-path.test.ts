import { describe, expect, it } from 'vitest';
import { POLICY_FILE_ENV, policyPath } from './policy-path.ts';

const PLATFORMS = ['win32', 'darwin', 'linux'] as const;

describe('policyPath', () => {
  it('is under %ProgramData% on Windows, with Windows separators', () => {
    expect(
      policyPath({ platform: 'win32', env: { ProgramData: 'D:\\ProgramData' }, isPackaged: true }),
    ).toBe('D:\\ProgramData\\ASB Lobby Kiosk\\policy.json');
  });

  it('falls back to C:\\ProgramData when %ProgramData% is unset or empty', () => {
    for (const env of [{}, { ProgramData: '' }]) {
      expect(policyPath({ platform: 'win32', env, isPackaged: true })).toBe(
        'C:\\ProgramData\\ASB Lobby Kiosk\\policy.json',
      );
    }
  });

  it('reads PROGRAMDATA as Windows spells it in a plain environment object', () => {
    expect(
      policyPath({ platform: 'win32', env: { PROGRAMDATA: 'E:\\PD' }, isPackaged: true }),
    ).toBe('E:\\PD\\ASB Lobby Kiosk\\policy.json');
  });

  it('is in /Library/Application Support on macOS, whatever the environment', () => {
    expect(
      policyPath({ platform: 'darwin', env: { ProgramData: 'C:\\x' }, isPackaged: true }),
    ).toBe('/Library/Application Support/ASB Lobby Kiosk/policy.json');
  });

  it('is in /etc on Linux, whatever the environment', () => {
    expect(
      policyPath({ platform: 'linux', env: { XDG_CONFIG_HOME: '/x' }, isPackaged: true }),
    ).toBe('/etc/asb-lobby-kiosk/policy.json');
  });

  it('takes KIOSK_POLICY_FILE when not packaged, on every platform', () => {
    for (const platform of PLATFORMS) {
      expect(
        policyPath({ platform, env: { [POLICY_FILE_ENV]: '/tmp/test.json' }, isPackaged: false }),
      ).toBe('/tmp/test.json');
    }
  });

  it('ignores KIOSK_POLICY_FILE when packaged: only IT’s file counts', () => {
    const env = { [POLICY_FILE_ENV]: '/tmp/other.json' };
    expect(policyPath({ platform: 'linux', env, isPackaged: true })).toBe(
      '/etc/asb-lobby-kiosk/policy.json',
    );
    expect(policyPath({ platform: 'win32', env, isPackaged: true })).toBe(
      'C:\\ProgramData\\ASB Lobby Kiosk\\policy.json',
    );
    expect(policyPath({ platform: 'darwin', env, isPackaged: true })).toBe(
      '/Library/Application Support/ASB Lobby Kiosk/policy.json',
    );
  });

  it('ignores an empty KIOSK_POLICY_FILE', () => {
    expect(
      policyPath({ platform: 'linux', env: { [POLICY_FILE_ENV]: '' }, isPackaged: false }),
    ).toBe('/etc/asb-lobby-kiosk/policy.json');
  });
});
