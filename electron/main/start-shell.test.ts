import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel, operationNames } from '../contract/api.ts';
import { createRecordingLogger } from '../core/test-support/recording-logger.ts';
import type { ShellPaths } from './shell-paths.ts';
import { startShell } from './start-shell.ts';
import { createFakeCore, type FakeCore } from './test-support/fake-core.ts';
import {
  app,
  DEFAULT_MENU,
  ipcMain,
  Menu,
  powerSaveBlocker,
  protocol,
  resetFakeElectron,
  session,
  windows,
} from './test-support/fake-electron.ts';
import { createManualTimers } from './test-support/manual-timers.ts';
import type { WindowKeeper } from './window-keeper.ts';

vi.mock('electron', () => import('./test-support/fake-electron.ts'));

const paths: ShellPaths = {
  dataDir: '/srv/kiosk',
  logDir: '/srv/kiosk/logs',
  defaultContentPath: '/opt/kiosk/resources/default-content.json',
  rendererDir: '/opt/kiosk/dist/renderer',
  preloadPath: '/opt/kiosk/dist/electron/preload.cjs',
};

let core: FakeCore;
let opened: unknown[];
let keeper: WindowKeeper;

async function start(isPackaged = true): Promise<void> {
  keeper = await startShell({
    paths,
    log: createRecordingLogger(),
    isPackaged,
    openCore: async (options) => {
      opened.push(options);
      return core;
    },
    timers: createManualTimers(),
  });
}

beforeEach(() => {
  resetFakeElectron();
  core = createFakeCore();
  opened = [];
});

describe('starting the Electron shell', () => {
  it('opens the core on the data folder with the bundled default content', async () => {
    await start();
    expect(opened).toEqual([
      {
        dataDir: '/srv/kiosk',
        defaultContentPath: '/opt/kiosk/resources/default-content.json',
        log: expect.anything(),
      },
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
});
