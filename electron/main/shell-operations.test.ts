import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEARTBEAT_FILE, HEARTBEAT_INTERVAL_MS, trackErrors } from '../core/index.ts';
import { createRecordingLogger } from '../core/test-support/recording-logger.ts';
import { startShellOperations, type ShellOperations } from './shell-operations.ts';
import { createFakeCore, type FakeCore } from './test-support/fake-core.ts';
import { app, resetFakeElectron } from './test-support/fake-electron.ts';
import { createManualTimers } from './test-support/manual-timers.ts';
import type { InstallFacts } from './update-plan.ts';
import type { Updater } from './updates.ts';

vi.mock('electron', () => import('./test-support/fake-electron.ts'));

const CENTRAL = {
  location: '/srv/kiosk-bundle',
  version: 3,
  keyId: '1a2b3c4d5e6f7a8b',
  expiresAt: '2026-12-24T08:00:00.000Z',
  lastCheckAt: '2026-11-24T08:00:00.000Z',
  lastAppliedAt: '2026-11-24T08:00:00.000Z',
  behindSince: null,
  reason: null,
};

let dataDir: string;
let core: FakeCore;
let operations: ShellOperations | undefined;
let recorded: ReturnType<typeof createRecordingLogger>;

beforeEach(async () => {
  resetFakeElectron();
  dataDir = await mkdtemp(join(tmpdir(), 'shell-operations-'));
  core = createFakeCore();
  core.answer = async (name) =>
    name === 'adminStatus'
      ? { problems: ['The data folder is read-only.'], central: CENTRAL }
      : { revision: 5, content: {} };
  recorded = createRecordingLogger();
});
afterEach(async () => {
  await operations?.stop();
  operations = undefined;
  await rm(dataDir, { recursive: true, force: true });
});

/** An installed AppImage in a folder the kiosk may write: one it updates itself. */
const appImageIn = (folder: string): Partial<InstallFacts> => ({
  platform: 'linux',
  isPackaged: true,
  env: { APPIMAGE: join(folder, 'ASB Lobby Kiosk.AppImage') },
});

const heartbeat = async () =>
  JSON.parse(await readFile(join(dataDir, HEARTBEAT_FILE), 'utf8')) as Record<string, unknown>;

describe('startShellOperations', () => {
  it('writes the heartbeat as the Electron shell, with the app’s version, last error and problems', async () => {
    app.version = '3.1.0';
    const log = trackErrors(recorded);
    log.error('The usage counts could not be saved');
    const timers = createManualTimers();
    operations = startShellOperations({
      core,
      dataDir,
      policy: {},
      log,
      timers,
      beforeInstall: () => undefined,
    });
    await vi.waitFor(async () =>
      expect(await heartbeat()).toMatchObject({
        version: '3.1.0',
        shell: 'electron',
        pid: process.pid,
        contentRevision: 5,
        lastError: { message: 'The usage counts could not be saved' },
        problems: ['The data folder is read-only.'],
        central: CENTRAL,
      }),
    );
    // The next beat is a minute away, on the shell's timers.
    await vi.waitFor(() => expect(timers.pending()).toEqual([HEARTBEAT_INTERVAL_MS]));
    expect(recorded.lines.map((line) => line.message)).toContain(
      'Automatic updates are off: the policy file names no updateServer.',
    );
  });

  it('writes the fleet status file beside the heartbeat only when the policy names folder and kiosk', async () => {
    app.version = '3.1.0';
    const statusFolder = join(dataDir, 'status');
    await mkdir(statusFolder);
    const start = (policy: { kioskName?: string; statusFolder?: string }) =>
      startShellOperations({
        core,
        dataDir,
        policy,
        log: trackErrors(recorded),
        timers: createManualTimers(),
        beforeInstall: () => undefined,
      });
    operations = start({ statusFolder });
    await vi.waitFor(async () => expect((await heartbeat()).version).toBe('3.1.0'));
    await operations.stop();
    expect(await readdir(statusFolder)).toEqual([]);

    operations = start({ kioskName: 'Lobby 2', statusFolder });
    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(join(statusFolder, 'Lobby 2.json'), 'utf8'))).toMatchObject({
        format: 1,
        kioskName: 'Lobby 2',
        appVersion: '3.1.0',
        shell: 'electron',
        contentRevision: 5,
        central: { version: 3, behind: false, behindSince: null, reason: null },
      }),
    );
    expect(await readdir(statusFolder)).toEqual(['Lobby 2.json']);
  });

  it('turns updates on from the policy for an install it can update, and stop() ends both', async () => {
    const setFeedURL = vi.fn();
    const fake = {
      setFeedURL,
      checkForUpdates: vi.fn(async () => null),
      on: vi.fn(),
      quitAndInstall: vi.fn(),
    } as unknown as Updater;
    const timers = createManualTimers();
    operations = startShellOperations({
      core,
      dataDir,
      policy: { updateServer: 'https://updates.example.gov/kiosk' },
      log: trackErrors(recorded),
      timers,
      beforeInstall: () => undefined,
      install: appImageIn(dataDir),
      loadUpdater: async () => fake,
    });
    await vi.waitFor(() =>
      expect(setFeedURL).toHaveBeenCalledWith({
        provider: 'generic',
        url: 'https://updates.example.gov/kiosk',
      }),
    );
    await vi.waitFor(() => expect(timers.pending()).toHaveLength(2));
    await operations.stop();
    expect(timers.pending()).toEqual([]);
  });

  it('reports a kiosk it will not update, though IT named a server, in the heartbeat’s problems', async () => {
    const loadUpdater = vi.fn();
    operations = startShellOperations({
      core,
      dataDir,
      policy: { updateServer: 'https://updates.example.gov/kiosk' },
      log: trackErrors(recorded),
      timers: createManualTimers(),
      beforeInstall: () => undefined,
      // The deb: packaged, not an AppImage.
      install: { platform: 'linux', isPackaged: true, env: {} },
      loadUpdater,
    });
    const refused = expect.stringMatching(
      /^Automatic updates are off: the kiosk is not running as an AppImage/,
    );
    await vi.waitFor(async () =>
      expect((await heartbeat()).problems).toEqual(['The data folder is read-only.', refused]),
    );
    expect(loadUpdater).not.toHaveBeenCalled();
    expect(recorded.lines).toContainEqual({ level: 'warn', message: refused });
  });

  it('supervised: an update installs without starting the kiosk', async () => {
    const updater = new EventEmitter();
    const quitAndInstall = vi.fn();
    Object.assign(updater, {
      setFeedURL: vi.fn(),
      checkForUpdates: vi.fn(async () => null),
      quitAndInstall,
    });
    vi.useFakeTimers({ now: new Date(2026, 10, 25, 2, 30), toFake: ['Date'] });
    try {
      operations = startShellOperations({
        core,
        dataDir,
        policy: { updateServer: 'https://updates.example.gov/kiosk', supervised: true },
        log: trackErrors(recorded),
        timers: createManualTimers(),
        beforeInstall: () => undefined,
        install: appImageIn(dataDir),
        loadUpdater: async () => updater as unknown as Updater,
      });
      await vi.waitFor(() => expect(updater.listenerCount('update-downloaded')).toBe(1));
      updater.emit('update-downloaded', { version: '2.0.0' });
      expect(quitAndInstall).toHaveBeenCalledWith(true, false);
    } finally {
      vi.useRealTimers();
    }
  });
});
