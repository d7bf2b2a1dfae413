import type { BrowserWindow as ElectronWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from './single-instance.ts';
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
