import type { BrowserWindow as ElectronWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecordingLogger } from '../core/test-support/recording-logger.ts';
import { createRecoveryPolicy, DEFAULT_RECOVERY, LOAD_RETRY_DELAY_MS } from './resilience.ts';
import {
  BrowserWindow,
  fakeEvent,
  resetFakeElectron,
  windows,
} from './test-support/fake-electron.ts';
import { createManualTimers } from './test-support/manual-timers.ts';
import { keepKioskWindow, type WindowKeeper } from './window-keeper.ts';

vi.mock('electron', () => import('./test-support/fake-electron.ts'));

const APP = 'app://kiosk/';
const UNAVAILABLE = 'app://kiosk/__unavailable';

let timers: ReturnType<typeof createManualTimers>;
let relaunches: number;
let quitting: boolean;
let keeper: WindowKeeper;
let log: ReturnType<typeof createRecordingLogger>;

beforeEach(() => {
  resetFakeElectron();
  timers = createManualTimers();
  relaunches = 0;
  quitting = false;
  log = createRecordingLogger();
  keeper = keepKioskWindow({
    createWindow: () => new BrowserWindow() as unknown as ElectronWindow,
    policy: createRecoveryPolicy(() => 0),
    timers,
    log,
    relaunch: () => void relaunches++,
    isQuitting: () => quitting,
  });
});

const win = () => windows.at(-1)!;
const loads = () => win().webContents.loads;
const crash = () =>
  win().webContents.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 1 });
const failLoad = (url = APP, code = -6, isMainFrame = true) =>
  win().webContents.emit(
    'did-fail-load',
    fakeEvent(),
    code,
    'ERR_FILE_NOT_FOUND',
    url,
    isMainFrame,
  );

describe('the kiosk window', () => {
  it('opens once and loads app://kiosk/, never a file:// URL', () => {
    expect(windows).toHaveLength(1);
    expect(loads()).toEqual([APP]);
    expect(keeper.current()).toBe(win());
  });
});

describe('a renderer that crashes is reloaded with backoff, then the app restarts', () => {
  it('reloads after 1 s', () => {
    crash();
    timers.advance(999);
    expect(loads()).toEqual([APP]);
    timers.advance(1);
    expect(loads()).toEqual([APP, APP]);
  });

  it('waits 1, 2, 4, 8, 16, 30, 30 s for successive crashes', () => {
    const waits: number[] = [];
    for (let i = 0; i < DEFAULT_RECOVERY.maxFailures - 1; i++) {
      crash();
      waits.push(...timers.pending());
      timers.advance(60_000);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    expect(relaunches).toBe(0);
  });

  it('relaunches the app on the 8th crash in a row, and reloads nothing more', () => {
    for (let i = 0; i < DEFAULT_RECOVERY.maxFailures; i++) {
      crash();
      if (i < DEFAULT_RECOVERY.maxFailures - 1) timers.advance(60_000);
    }
    expect(relaunches).toBe(1);
    expect(timers.pending()).toEqual([]);
    expect(log.lines.at(-1)).toMatchObject({ level: 'error' });
  });

  it('reloads a hung renderer in a new process, unless it answers again first', () => {
    win().emit('unresponsive');
    timers.advance(1_000);
    expect(win().webContents.forcedCrashes).toBe(1);
    expect(loads()).toEqual([APP, APP]);
    // The process it killed reports itself gone: no second reload is planned for that.
    expect(timers.pending()).toEqual([]);

    win().emit('unresponsive');
    win().emit('responsive');
    timers.advance(60_000);
    expect(loads()).toEqual([APP, APP]);
  });
});

describe('an app that stopped beating', () => {
  it('is crashed and reloaded in a new process, with the reason logged', () => {
    keeper.restart('The screen sent no heartbeat for 60 s');
    timers.advance(1_000);
    expect(win().webContents.forcedCrashes).toBe(1);
    expect(loads()).toEqual([APP, APP]);
    expect(timers.pending()).toEqual([]);
    expect(log.lines).toContainEqual(
      expect.objectContaining({ level: 'warn', message: expect.stringMatching(/no heartbeat/) }),
    );
  });

  it('counts toward relaunching like any other failure', () => {
    for (let i = 0; i < 8; i++) {
      keeper.restart('silent');
      timers.advance(60_000);
    }
    expect(relaunches).toBe(1);
  });
});

describe('a page that cannot load', () => {
  it('shows the local reception-desk page, then tries the app again', () => {
    failLoad();
    expect(loads()).toEqual([APP, UNAVAILABLE]);
    timers.advance(LOAD_RETRY_DELAY_MS - 1);
    expect(loads()).toEqual([APP, UNAVAILABLE]);
    timers.advance(1);
    expect(loads()).toEqual([APP, UNAVAILABLE, APP]);
  });

  it('also when the app answers with an error status (e.g. index.html missing)', () => {
    win().webContents.emit('did-navigate', fakeEvent(), APP, 404, 'Not Found');
    expect(loads()).toEqual([APP, UNAVAILABLE]);
  });

  it('ignores a subframe’s failure and a load we replaced ourselves (ERR_ABORTED)', () => {
    failLoad(APP, -6, false);
    failLoad(APP, -3, true);
    expect(loads()).toEqual([APP]);
    expect(timers.pending()).toEqual([]);
  });

  it('keeps its retry when the screen merely answers again', () => {
    failLoad();
    win().emit('responsive');
    timers.advance(LOAD_RETRY_DELAY_MS);
    expect(loads()).toEqual([APP, UNAVAILABLE, APP]);
  });

  it('does not loop when the reception-desk page itself fails; it still retries the app', () => {
    failLoad();
    failLoad(UNAVAILABLE);
    expect(loads()).toEqual([APP, UNAVAILABLE]);
    timers.advance(LOAD_RETRY_DELAY_MS);
    expect(loads()).toEqual([APP, UNAVAILABLE, APP]);
  });
});

describe('a closed window', () => {
  it('is opened again, and loads the app', () => {
    const first = win();
    first.close();
    expect(windows).toHaveLength(2);
    expect(keeper.current()).toBe(win());
    expect(keeper.current()).not.toBe(first);
    expect(loads()).toEqual([APP]);
  });

  it('stays closed when the app is quitting', () => {
    quitting = true;
    win().close();
    expect(windows).toHaveLength(1);
    expect(keeper.current()).toBeUndefined();
  });

  it('takes its pending reload with it', () => {
    crash();
    win().close();
    expect(timers.pending()).toEqual([]);
    timers.advance(60_000);
    expect(windows[0]!.webContents.loads).toEqual([APP]);
  });
});
