import { describe, expect, it } from 'vitest';
import { NO_POLICY } from '../../contract/policy-schema.ts';
import { readKioskSetup, type KioskSetupOptions } from './kiosk-setup.ts';

const options = (policyText: string | null, change: Partial<KioskSetupOptions> = {}) => ({
  env: {},
  platform: 'linux' as const,
  homedir: '/home/kiosk',
  isPackaged: true,
  readText: () => {
    if (policyText === null) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    return policyText;
  },
  ...change,
});

describe('readKioskSetup', () => {
  it('without a policy: no policy and the per-user folder', () => {
    expect(readKioskSetup(options(null))).toEqual({
      policy: { policy: NO_POLICY, path: '/etc/asb-lobby-kiosk/policy.json', problem: null },
      dataDir: '/home/kiosk/.config/ASB Lobby Kiosk',
    });
  });

  it('uses the folder IT’s policy names', () => {
    const setup = readKioskSetup(options('{"dataDir": "/var/lib/asb-lobby-kiosk"}'));
    expect(setup.dataDir).toBe('/var/lib/asb-lobby-kiosk');
    expect(setup.policy.policy).toEqual({ dataDir: '/var/lib/asb-lobby-kiosk' });
  });

  it('uses IT’s Windows folder with Windows paths', () => {
    const setup = readKioskSetup(
      options('{"dataDir": "C:\\\\ProgramData\\\\ASB Lobby Kiosk\\\\data"}', {
        platform: 'win32',
        env: { ProgramData: 'C:\\ProgramData' },
      }),
    );
    expect(setup.policy.path).toBe('C:\\ProgramData\\ASB Lobby Kiosk\\policy.json');
    expect(setup.dataDir).toBe('C:\\ProgramData\\ASB Lobby Kiosk\\data');
  });

  it('in development, lets --data-dir win over the policy', () => {
    const setup = readKioskSetup(
      options('{"dataDir": "/srv/k"}', { flag: '/tmp/try', isPackaged: false }),
    );
    expect(setup.dataDir).toBe('/tmp/try');
    expect(setup.dataDirNotice).toBeUndefined();
  });

  it('installed, ignores --data-dir and says so: a visitor who got a shell must not pick the folder', () => {
    const setup = readKioskSetup(options('{"dataDir": "/srv/k"}', { flag: '/tmp/try' }));
    expect(setup.dataDir).toBe('/srv/k');
    expect(setup.dataDirNotice).toBe(
      '--data-dir "/tmp/try" was ignored: an installed kiosk takes --data-dir only when IT\'s policy sets "allowDataDirSwitch": true. Its data folder is /srv/k.',
    );
  });

  it('installed, ignores even an empty --data-dir rather than stop', () => {
    expect(readKioskSetup(options(null, { flag: '' })).dataDir).toBe(
      '/home/kiosk/.config/ASB Lobby Kiosk',
    );
  });

  it('installed, takes --data-dir when IT’s policy allows it', () => {
    const setup = readKioskSetup(
      options('{"dataDir": "/srv/k", "allowDataDirSwitch": true}', { flag: '/tmp/try' }),
    );
    expect(setup.dataDir).toBe('/tmp/try');
    expect(setup.dataDirNotice).toBeUndefined();
  });

  it('falls back to the per-user folder when the policy cannot be used, saying why', () => {
    const setup = readKioskSetup(options('{"dataDir": "relative/data"}'));
    expect(setup.dataDir).toBe('/home/kiosk/.config/ASB Lobby Kiosk');
    expect(setup.policy.problem).toBe(
      'policy.json: "dataDir": dataDir must be an absolute path, e.g. /var/lib/asb-lobby-kiosk. The kiosk uses its default data folder until this is fixed.',
    );
  });
});
