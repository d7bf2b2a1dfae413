import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel, operationNames } from '../contract/wire.ts';
import { NO_POLICY, type Policy } from '../contract/policy-schema.ts';
import type { OpenKioskCoreOptions } from '../core/index.ts';
import { createRecordingLogger } from '../core/test-support/recording-logger.ts';
import type { ShellPaths } from './shell-paths.ts';
import type { ShellOperationsOptions } from './shell-operations.ts';
import { EXIT_FAILED } from './supervision.ts';
import { startShell } from './start-shell.ts';
import { createFakeCore, type FakeCore } from './test-support/fake-core.ts';
import {
  app,
  DEFAULT_MENU,
  dialog,
  ipcMain,
  Menu,
  net,
  powerSaveBlocker,
  protocol,
  resetFakeElectron,
  session,
  windows,
} from './test-support/fake-electron.ts';
import { createManualTimers } from './test-support/manual-timers.ts';
import { APP_URL } from './app-origin.ts';
import type { WindowKeeper } from './window-keeper.ts';

vi.mock('electron', () => import('./test-support/fake-electron.ts'));

const paths: ShellPaths = {
  policy: { policy: NO_POLICY, path: '/etc/asb-lobby-kiosk/policy.json', problem: null },
  dataDir: '/srv/kiosk',
  logDir: '/srv/kiosk/logs',
  defaultContentPath: '/opt/kiosk/resources/default-content.json',
  rendererDir: '/opt/kiosk/dist/renderer',
  preloadPath: '/opt/kiosk/dist/electron/preload.cjs',
};

let core: FakeCore;
let opened: OpenKioskCoreOptions[];
let operationsStarted: ShellOperationsOptions[];
let keeper: WindowKeeper;
let timers: ReturnType<typeof createManualTimers>;
let log: ReturnType<typeof createRecordingLogger>;

async function start(isPackaged = true, policy: Policy = NO_POLICY): Promise<void> {
  timers = createManualTimers();
  log = createRecordingLogger();
  keeper = await startShell({
    paths: { ...paths, policy: { ...paths.policy, policy } },
    log,
    isPackaged,
    openCore: async (options) => {
      opened.push(options);
      return core;
    },
    startOperations: (options) => {
      operationsStarted.push(options);
      return { stop: async () => undefined };
    },
    timers,
  });
}

beforeEach(() => {
  resetFakeElectron();
  core = createFakeCore();
  opened = [];
  operationsStarted = [];
});

describe('starting the Electron shell', () => {
  it('opens the core on the data folder with the bundled default content', async () => {
    await start();
    expect(opened).toEqual([
      {
        dataDir: '/srv/kiosk',
        defaultContentPath: '/opt/kiosk/resources/default-content.json',
        log: expect.anything(),
        policy: paths.policy,
        requestQuit: expect.any(Function),
        transfer: { listDrives: expect.any(Function), dialogs: expect.any(Object) },
        fetch: expect.any(Function),
        appVersion: '0.1.0',
      },
    ]);
  });

  it("gives the core Electron's net.fetch for IT's central source", async () => {
    await start();
    await opened[0]!.fetch!('https://intranet.example/kiosk-bundle/manifest.json');
    expect(net.requests).toEqual([
      { input: 'https://intranet.example/kiosk-bundle/manifest.json', init: undefined },
    ]);
  });

  it('opens the export and import dialogs on the kiosk window', async () => {
    await start();
    dialog.answer = { canceled: true, paths: [] };
    await opened[0]!.transfer!.dialogs!.chooseOpenPath('/media/kiosk/STICK');
    expect(dialog.calls.map(({ kind, parent }) => ({ kind, parent }))).toEqual([
      { kind: 'open', parent: windows.at(-1) },
    ]);
  });

  it('removes the application menu (with its reload, zoom and tools entries)', async () => {
    expect(Menu.applicationMenu).toBe(DEFAULT_MENU);
    await start();
    expect(Menu.applicationMenu).toBeNull();
  });

  it('denies permission requests, checks and devices on the session', async () => {
    await start();
    const ses = session.defaultSession;
    const answers: boolean[] = [];
    ses.permissionRequestHandler?.({}, 'media', (granted: boolean) => answers.push(granted), {});
    expect(answers).toEqual([false]);
    expect(ses.permissionCheckHandler?.(null, 'media', 'app://kiosk', {})).toBe(false);
    expect(ses.devicePermissionHandler?.({})).toBe(false);
  });

  it('serves app:// and registers one IPC handler per operation', async () => {
    await start();
    expect([...protocol.handlers.keys()]).toEqual(['app']);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(operationNames.map(ipcChannel).sort());
  });

  it('opens one kiosk window on app://kiosk/ (never file://) with the bundled preload', async () => {
    await start();
    expect(windows).toHaveLength(1);
    expect(windows[0]?.webContents.loads).toEqual(['app://kiosk/']);
    expect(windows[0]?.options).toMatchObject({
      kiosk: true,
      webPreferences: { preload: paths.preloadPath, contextIsolation: true, sandbox: true },
    });
    expect(keeper.current()).toBe(windows[0]);
  });

  it('has no developer tools when packaged', async () => {
    await start(true);
    expect(windows[0]?.options).toMatchObject({ webPreferences: { devTools: false } });
  });

  it('keeps the display awake', async () => {
    await start();
    expect(powerSaveBlocker.started).toEqual(['prevent-display-sleep']);
  });

  it('forwards core events to the kiosk window', async () => {
    await start();
    core.emit({ name: 'contentChanged', payload: { revision: 4 } });
    expect(windows[0]?.webContents.sent).toEqual([
      { channel: ipcChannel('contentChanged'), args: [{ revision: 4 }] },
    ]);
  });

  it('crashes and reloads the window when the core hears no heartbeat', async () => {
    await start();
    core.emit({ name: 'reloadRequested', payload: { reason: 'The screen sent no heartbeat' } });
    timers.advance(60_000);
    expect(windows[0]?.webContents.forcedCrashes).toBe(1);
    expect(windows[0]?.webContents.loads).toEqual([APP_URL, APP_URL]);
  });

  it('re-opens a closed window instead of quitting', async () => {
    await start();
    expect(app.listenerCount('window-all-closed')).toBe(1);
    windows[0]?.close();
    expect(windows).toHaveLength(2);
    expect(keeper.current()).toBe(windows[1]);
  });

  it('on quit, closes the core before letting the app go, and opens no new window', async () => {
    await start();
    app.quit();
    windows[0]?.close();
    expect(windows).toHaveLength(1);
    await vi.waitFor(() => expect(core.closed).toBe(true));
    // The deferred quit goes through once the core is closed.
    await vi.waitFor(() => expect(app.calls.filter((c) => c === 'quit')).toHaveLength(2));
  });

  it('restarts the whole app when the renderer keeps crashing', async () => {
    await start();
    for (let i = 0; i < 8; i++) {
      windows[0]?.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    }
    expect(app.calls).toEqual(['relaunch', 'exit 0']);
  });

  it('supervised: when the renderer keeps crashing, exits non-zero for the supervisor and starts no copy', async () => {
    await start(true, { supervised: true });
    for (let i = 0; i < 8; i++) {
      windows[0]?.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    }
    expect(app.calls).toEqual([`exit ${EXIT_FAILED}`]);
    expect(log.lines).toContainEqual({
      level: 'error',
      message: `The kiosk is supervised: it exits with code ${EXIT_FAILED} for its supervisor to start it again.`,
    });
  });
});

describe('IT’s policy and the way out', () => {
  it('quits when admin asks (quitKiosk): the core closes and no window reopens', async () => {
    await start();
    opened[0]?.requestQuit?.();
    expect(app.calls).toEqual(['quit']);
    windows[0]?.close();
    expect(windows).toHaveLength(1);
    await vi.waitFor(() => expect(core.closed).toBe(true));
    await vi.waitFor(() => expect(app.calls).toEqual(['quit', 'quit']));
  });

  it('with kioskMode false, opens a maintenance window that quits the kiosk when closed', async () => {
    await start(true, { kioskMode: false });
    expect(windows[0]?.options).toMatchObject({ kiosk: false, frame: true, closable: true });
    windows[0]?.close();
    app.emit('window-all-closed');
    expect(windows).toHaveLength(1);
    expect(app.calls).toContain('quit');
    await vi.waitFor(() => expect(core.closed).toBe(true));
  });

  it('on the publishing PC (role publisher), opens an ordinary window even with kioskMode true', async () => {
    await start(true, {
      kioskMode: true,
      role: 'publisher',
      publisher: { bundleFolder: '/srv/kiosk-bundle', keyFile: '/srv/keys/k.key.pem' },
    });
    expect(windows[0]?.options).toMatchObject({ kiosk: false, frame: true, closable: true });
    windows[0]?.close();
    app.emit('window-all-closed');
    expect(app.calls).toContain('quit');
    await vi.waitFor(() => expect(core.closed).toBe(true));
  });

  it('with a displayAwake schedule, watches the clock instead of holding the display for good', async () => {
    await start(true, { displayAwake: { days: ['mon'], from: '00:00', until: '23:59' } });
    expect(powerSaveBlocker.started.length).toBeLessThanOrEqual(1);
    expect(timers.pending()).toHaveLength(1);
  });

  it('starts the heartbeat and the updater on the data folder with the policy', async () => {
    await start(true, { updateServer: 'https://updates.example.gov/kiosk' });
    expect(operationsStarted).toEqual([
      expect.objectContaining({
        core,
        dataDir: '/srv/kiosk',
        policy: { updateServer: 'https://updates.example.gov/kiosk' },
      }),
    ]);
  });

  it('applies autoStart when installed (auto-start.test.ts covers each OS)', async () => {
    await start(true, { autoStart: false });
    const linux = process.platform === 'linux';
    expect(app.loginItemSettings).toEqual(linux ? [] : [{ openAtLogin: false }]);
    const said = linux ? /autoStart is false/ : /does not start at login/;
    expect(log.lines.some(({ message }) => said.test(message))).toBe(true);
  });
});
