import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_POLICY } from '../contract/policy-schema.ts';
import type { OpenKioskCoreOptions } from '../core/index.ts';
import { createRecordingLogger } from '../core/test-support/recording-logger.ts';
import type { KeyInput } from './blocked-keys.ts';
import type { ShellOperationsOptions } from './shell-operations.ts';
import { startShell } from './start-shell.ts';
import { createFakeCore, type FakeCore } from './test-support/fake-core.ts';
import {
  app,
  fakeEvent,
  resetFakeElectron,
  windows,
  type FakeWebContents,
} from './test-support/fake-electron.ts';
import { keyDown } from './test-support/key-input.ts';
import { createManualTimers } from './test-support/manual-timers.ts';
import { guardWebContents } from './web-contents-guards.ts';

vi.mock('electron', () => import('./test-support/fake-electron.ts'));

// The kiosk as main.ts assembles it: guards on every web contents, then the shell. Nothing a
// visitor can do at the screen or on a plugged-in keyboard may end it; only admin's quitKiosk.

let core: FakeCore;
let opened: OpenKioskCoreOptions[];
let operationsStarted: ShellOperationsOptions[];

beforeEach(async () => {
  resetFakeElectron();
  core = createFakeCore();
  opened = [];
  operationsStarted = [];
  const log = createRecordingLogger();
  app.on('web-contents-created', (_event, contents: FakeWebContents) =>
    guardWebContents(contents as unknown as WebContents, log),
  );
  await startShell({
    paths: {
      policy: { policy: NO_POLICY, path: '/etc/asb-lobby-kiosk/policy.json', problem: null },
      dataDir: '/srv/kiosk',
      logDir: '/srv/kiosk/logs',
      defaultContentPath: '/opt/kiosk/default-content.json',
      rendererDir: '/opt/kiosk/dist/renderer',
      preloadPath: '/opt/kiosk/dist/electron/preload.cjs',
    } as Parameters<typeof startShell>[0]['paths'],
    log,
    isPackaged: true,
    openCore: async (options) => {
      opened.push(options);
      return core;
    },
    startOperations: (options) => {
      operationsStarted.push(options);
      return { stop: async () => undefined };
    },
    timers: createManualTimers(),
  });
});

const press = (key: string, mods: Partial<KeyInput>) => {
  const event = fakeEvent();
  windows.at(-1)?.webContents.emit('before-input-event', event, keyDown(key, mods));
  return event.defaultPrevented;
};

describe('the keys that close or quit are cancelled in the kiosk window', () => {
  it.each<[string, string, Partial<KeyInput>]>([
    ['Alt+F4', 'F4', { alt: true }],
    ['Ctrl+W', 'w', { control: true }],
    ['Cmd+W', 'w', { meta: true }],
    ['Ctrl+Q', 'q', { control: true }],
    ['Cmd+Q', 'q', { meta: true }],
  ])('%s', (_name, key, mods) => {
    expect(press(key, mods)).toBe(true);
    expect(app.calls).toEqual([]);
  });
});

describe('a close that gets past the keys anyway', () => {
  // On Windows, Alt+F4 can close a window whatever its handlers say (electron/electron#13910).
  it('opens the kiosk window again; the app and its data stay open', async () => {
    windows[0]?.close();
    app.emit('window-all-closed');
    expect(windows).toHaveLength(2);
    expect(windows[1]?.isDestroyed()).toBe(false);
    expect(app.calls).toEqual([]);
    await Promise.resolve();
    expect(core.closed).toBe(false);
  });
});

describe('admin’s quitKiosk', () => {
  it('is the one way the shell quits itself', async () => {
    opened[0]?.requestQuit?.();
    windows[0]?.close();
    expect(windows).toHaveLength(1);
    await vi.waitFor(() => expect(core.closed).toBe(true));
    expect(app.calls.filter((call) => call === 'quit').length).toBeGreaterThan(0);
  });
});
