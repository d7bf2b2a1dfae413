import type { BrowserWindow as ElectronWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecordingLogger } from '../core/test-support/recording-logger.ts';
import { claimSingleInstance, leaveAsSecondInstance } from './single-instance.ts';
import { EXIT_ALREADY_RUNNING, supervisionOf } from './supervision.ts';
import { app, BrowserWindow, fakeEvent, resetFakeElectron } from './test-support/fake-electron.ts';

vi.mock('electron', () => import('./test-support/fake-electron.ts'));

beforeEach(() => resetFakeElectron());

describe('one kiosk per machine', () => {
  it('the first launch takes the lock', () => {
    expect(claimSingleInstance(() => undefined)).toBe(true);
    expect(app.calls).toEqual(['requestSingleInstanceLock']);
  });

  it('a second launch is told to go', () => {
    app.lockAvailable = false;
    expect(claimSingleInstance(() => undefined)).toBe(false);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('the running kiosk is restored and brought to the front when a second one starts', () => {
    const window = new BrowserWindow();
    window.minimized = true;
    claimSingleInstance(() => window as unknown as ElectronWindow);
    app.emit('second-instance', fakeEvent(), ['kiosk'], '/', {});
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
  });

  it('a second launch while the window is being replaced changes nothing', () => {
    claimSingleInstance(() => undefined);
    expect(() => app.emit('second-instance', fakeEvent(), [], '/', {})).not.toThrow();
  });
});

describe('a second launch leaving', () => {
  it('on its own: quits quietly (exit 0), the running kiosk being in front', () => {
    const log = createRecordingLogger();
    leaveAsSecondInstance(supervisionOf({}), log);
    expect(app.calls).toEqual(['quit']);
    expect(log.lines).toEqual([
      {
        level: 'info',
        message: 'The kiosk is already running on this data folder: it was brought to the front.',
      },
    ]);
  });

  it('supervised: exits non-zero at once, so the supervisor sees this launch did not run', () => {
    const log = createRecordingLogger();
    leaveAsSecondInstance(supervisionOf({ supervised: true }), log);
    expect(app.calls).toEqual([`exit ${EXIT_ALREADY_RUNNING}`]);
    expect(log.lines).toEqual([
      {
        level: 'error',
        message: `The kiosk is already running on this data folder: this launch exits with code ${EXIT_ALREADY_RUNNING}. If this repeats, something besides the supervisor starts the kiosk (turn autoStart off in the policy).`,
      },
    ]);
  });
});
