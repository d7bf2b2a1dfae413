import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POLICY_FILE_ENV } from '../core/index.ts';
import { EXIT_ALREADY_RUNNING } from './supervision.ts';
import * as fakeElectron from './test-support/fake-electron.ts';

const { app, BrowserWindow, protocol, resetFakeElectron, windows } = fakeElectron;

// The entry does its work when evaluated, so each test evaluates it afresh against the fake
// electron, a silent electron-log and a recording startShell.
const startShell = vi.fn();
const startCatching = vi.fn();
const fakeLog = {
  transports: { file: {}, console: {} },
  errorHandler: { startCatching },
  info: vi.fn(),
  warn: vi.fn(),
  error: vi.fn(),
};

const DATA_DIR = join('/srv', 'kiosk-data');
const realArgv = process.argv;

async function runMain(args = ['--data-dir', DATA_DIR]): Promise<void> {
  process.argv = ['/usr/bin/electron', 'dist/electron/main.js', ...args];
  vi.resetModules();
  vi.doMock('electron', () => fakeElectron);
  vi.doMock('electron-log/node', () => ({ default: fakeLog }));
  vi.doMock('./start-shell.ts', () => ({ startShell }));
  await import('./main.ts');
}

beforeEach(() => {
  resetFakeElectron();
  vi.clearAllMocks();
  startShell.mockResolvedValue({ current: () => undefined });
});
afterEach(() => {
  process.argv = realArgv;
});

describe('before the app is ready', () => {
  it('registers app:// as privileged (Chromium accepts that only before ready)', async () => {
    await runMain();
    expect(protocol.privileged).toEqual([expect.objectContaining({ appWasReady: false })]);
  });

  it('turns the sandbox on for every renderer', async () => {
    await runMain();
    expect(app.calls).toContain('enableSandbox');
  });

  it('on Linux, asks for speech-dispatcher’s voices (see read-aloud.test.ts for each OS)', async () => {
    await runMain();
    const onLinux = process.platform === 'linux';
    expect(app.calls.includes('appendSwitch enable-speech-dispatcher')).toBe(onLinux);
  });

  it('keeps Chromium’s profile, and so the single-instance lock, in the data folder', async () => {
    await runMain();
    const setPath = `setPath userData ${join(DATA_DIR, 'electron-profile')}`;
    expect(app.calls.indexOf(setPath)).toBeGreaterThanOrEqual(0);
    expect(app.calls.indexOf(setPath)).toBeLessThan(app.calls.indexOf('requestSingleInstanceLock'));
  });

  it('guards every web contents the app will create, not just the kiosk window', async () => {
    await runMain();
    const other = new BrowserWindow();
    expect(other.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
  });

  it('logs uncaught errors instead of showing a dialog over the kiosk', async () => {
    await runMain();
    expect(startCatching).toHaveBeenCalledWith({ showDialog: false });
  });

  it('stops with one line on stderr when --data-dir has no value', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockReturnValue(true);
    try {
      await runMain(['--data-dir']);
      expect(stderr).toHaveBeenCalledWith(expect.stringMatching(/^--data-dir needs a folder.*\n$/));
    } finally {
      stderr.mockRestore();
    }
    expect(app.calls).toContain('exit 2');
    expect(app.calls).not.toContain('requestSingleInstanceLock');
  });
});

describe('single instance', () => {
  it('a second launch quits at once and starts nothing', async () => {
    app.lockAvailable = false;
    await runMain();
    app.makeReady();
    await Promise.resolve();
    expect(app.calls).toContain('quit');
    expect(startShell).not.toHaveBeenCalled();
    expect(app.listenerCount('web-contents-created')).toBe(0);
  });

  it('supervised (IT’s policy): a second launch exits non-zero instead', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'main-policy-'));
    const policyFile = join(dir, 'policy.json');
    await writeFile(policyFile, '{"supervised": true}');
    vi.stubEnv(POLICY_FILE_ENV, policyFile);
    try {
      app.lockAvailable = false;
      await runMain();
      expect(app.calls).toContain(`exit ${EXIT_ALREADY_RUNNING}`);
      expect(app.calls).not.toContain('quit');
      expect(startShell).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllEnvs();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('installed', () => {
  const realResourcesPath = process.resourcesPath;
  afterEach(() => {
    Object.defineProperty(process, 'resourcesPath', {
      value: realResourcesPath,
      configurable: true,
    });
  });

  it('ignores --data-dir (IT’s policy does not allow it) and logs that it did', async () => {
    Object.defineProperty(process, 'resourcesPath', {
      value: '/opt/ASB Lobby Kiosk/resources',
      configurable: true,
    });
    app.isPackaged = true;
    await runMain(['--data-dir', DATA_DIR]);
    expect(app.calls).not.toContain(`setPath userData ${join(DATA_DIR, 'electron-profile')}`);
    expect(fakeLog.warn).toHaveBeenCalledWith(
      expect.stringMatching(/^--data-dir ".*kiosk-data" was ignored: an installed kiosk/),
    );
  });
});

describe('once ready', () => {
  it('starts the shell with the paths from the command line', async () => {
    await runMain();
    expect(startShell).not.toHaveBeenCalled();
    app.makeReady();
    await vi.waitFor(() => expect(startShell).toHaveBeenCalledTimes(1));
    expect(startShell.mock.calls[0]?.[0]).toMatchObject({
      isPackaged: false,
      paths: { dataDir: DATA_DIR, preloadPath: expect.stringMatching(/preload\.cjs$/) },
    });
    expect(windows).toEqual([]);
  });

  it('logs why and exits when the shell cannot start', async () => {
    startShell.mockRejectedValue(new Error('The data folder cannot be written'));
    await runMain();
    app.makeReady();
    await vi.waitFor(() => expect(app.calls).toContain('exit 1'));
    expect(JSON.stringify(fakeLog.error.mock.calls)).toContain('The data folder cannot be written');
  });
});

describe('IT’s switches (see app-switches.test.ts for each)', () => {
  it('--version prints the version and exits: no lock, no kiosk, no window', async () => {
    app.version = '4.5.6';
    const stdout = vi
      .spyOn(process.stdout, 'write')
      .mockImplementation((_text: unknown, done?: unknown) => {
        if (typeof done === 'function') done();
        return true;
      });
    try {
      await runMain(['--data-dir', DATA_DIR, '--version']);
      await vi.waitFor(() => expect(app.calls).toContain('exit 0'));
      expect(stdout).toHaveBeenCalledWith('4.5.6\n', expect.any(Function));
    } finally {
      stdout.mockRestore();
    }
    app.makeReady();
    await Promise.resolve();
    expect(app.calls).not.toContain('requestSingleInstanceLock');
    expect(startShell).not.toHaveBeenCalled();
    expect(windows).toEqual([]);
  });

  it('--hash-pin opens the small hash-pin window instead of the kiosk', async () => {
    await runMain(['--data-dir', DATA_DIR, '--hash-pin']);
    app.makeReady();
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    expect(windows[0]?.options).toMatchObject({ kiosk: false, width: 480, height: 420 });
    expect(app.calls).not.toContain('requestSingleInstanceLock');
    expect(startShell).not.toHaveBeenCalled();
  });
});
