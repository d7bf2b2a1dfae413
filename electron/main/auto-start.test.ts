import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_POLICY } from '../contract/policy-schema.ts';
import { createRecordingLogger } from '../core/test-support/recording-logger.ts';
import { applyAutoStart, declinesLoginStart, LOGIN_START_FLAG } from './auto-start.ts';
import { app, resetFakeElectron } from './test-support/fake-electron.ts';

vi.mock('electron', () => import('./test-support/fake-electron.ts'));

let log: ReturnType<typeof createRecordingLogger>;
beforeEach(() => {
  resetFakeElectron();
  log = createRecordingLogger();
});

describe.each(['win32', 'darwin'] as const)('on %s, installed', (platform) => {
  it('starts at login when policy.json says nothing', () => {
    applyAutoStart({ policy: NO_POLICY, isPackaged: true, platform, log });
    expect(app.loginItemSettings).toEqual([{ openAtLogin: true }]);
  });

  it('follows autoStart: true', () => {
    applyAutoStart({ policy: { autoStart: true }, isPackaged: true, platform, log });
    expect(app.loginItemSettings).toEqual([{ openAtLogin: true }]);
  });

  it('takes itself off the login items with autoStart: false', () => {
    applyAutoStart({ policy: { autoStart: false }, isPackaged: true, platform, log });
    expect(app.loginItemSettings).toEqual([{ openAtLogin: false }]);
    expect(log.lines).toEqual([{ level: 'info', message: 'The kiosk does not start at login.' }]);
  });
});

describe.each(['win32', 'darwin'] as const)('on %s, a development run', (platform) => {
  it('never registers itself to start at login', () => {
    applyAutoStart({ policy: { autoStart: true }, isPackaged: false, platform, log });
    expect(app.loginItemSettings).toEqual([]);
    expect(log.lines[0]?.message).toMatch(/development run/);
  });
});

describe('on Linux', () => {
  it('leaves starting at login to the package’s autostart entry, and says so', () => {
    applyAutoStart({ policy: NO_POLICY, isPackaged: true, platform: 'linux', log });
    expect(app.loginItemSettings).toEqual([]);
    expect(log.lines).toEqual([
      { level: 'info', message: expect.stringContaining('/etc/xdg/autostart') },
    ]);
  });

  it('tells IT how autoStart: false works there', () => {
    applyAutoStart({ policy: { autoStart: false }, isPackaged: true, platform: 'linux', log });
    expect(app.loginItemSettings).toEqual([]);
    expect(log.lines).toEqual([
      {
        level: 'info',
        message: expect.stringMatching(
          /^policy\.json's autoStart is false\. .* closes again at once/,
        ),
      },
    ]);
  });
});

describe('on a platform Electron has no login items for', () => {
  it('does nothing', () => {
    applyAutoStart({ policy: NO_POLICY, isPackaged: true, platform: 'freebsd', log });
    expect(app.loginItemSettings).toEqual([]);
    expect(log.lines).toEqual([]);
  });
});

describe('a start by the deb’s autostart entry', () => {
  const AT_LOGIN = ['/usr/bin/asb-lobby-kiosk', LOGIN_START_FLAG];

  it('is what the entry does', () => {
    const entry = readFileSync('assets/linux/asb-lobby-kiosk-autostart.desktop', 'utf8');
    expect(entry).toMatch(new RegExp(`^Exec=.* ${LOGIN_START_FLAG}$`, 'm'));
  });

  it('closes at once when IT turns auto-start off, and only then', () => {
    expect(declinesLoginStart(AT_LOGIN, { autoStart: false })).toBe(true);
    expect(declinesLoginStart(AT_LOGIN, { autoStart: true })).toBe(false);
    expect(declinesLoginStart(AT_LOGIN, NO_POLICY)).toBe(false);
    // Started by hand (or by Shell Launcher), the kiosk runs whatever autoStart says.
    expect(declinesLoginStart(['/usr/bin/asb-lobby-kiosk'], { autoStart: false })).toBe(false);
  });
});
