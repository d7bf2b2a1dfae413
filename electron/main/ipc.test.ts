import type { BrowserWindow as ElectronWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel, operationNames } from '../contract/wire.ts';
import { ApiError } from '../contract/errors.ts';
import { createRecordingLogger } from '../core/test-support/recording-logger.ts';
import { forwardCoreEvents, registerIpcHandlers } from './ipc.ts';
import { createFakeCore, type FakeCore } from './test-support/fake-core.ts';
import {
  BrowserWindow,
  FakeWebContents,
  FakeWebFrame,
  ipcMain,
  resetFakeElectron,
} from './test-support/fake-electron.ts';

vi.mock('electron', () => import('./test-support/fake-electron.ts'));

let core: FakeCore;
let window: BrowserWindow | undefined;
let log: ReturnType<typeof createRecordingLogger>;
const name = operationNames[0]!;

beforeEach(() => {
  resetFakeElectron();
  core = createFakeCore();
  log = createRecordingLogger();
  window = new BrowserWindow();
  void window.webContents.loadURL('app://kiosk/');
  const currentWindow = () => window as unknown as ElectronWindow | undefined;
  registerIpcHandlers({ core, currentWindow, log });
});

type Sender = { sender: FakeWebContents; senderFrame: FakeWebFrame | null };

/** An invoke as it arrives from the kiosk window's own top-level page, unless changed. */
function fromKiosk(change: Partial<Sender> = {}): Sender {
  const contents = window!.webContents;
  return { sender: contents, senderFrame: contents.mainFrame, ...change };
}

function invoke(event: Sender, input: unknown, channel = ipcChannel(name)): Promise<unknown> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler on ${channel}`);
  return Promise.resolve(handler(event, input));
}

const FORBIDDEN = { ok: false, error: { code: 'forbidden', message: expect.any(String) } };

describe('IPC handlers come from the contract', () => {
  it('registers one handler per operation, on the contract’s channel, and no other', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(operationNames.map(ipcChannel).sort());
  });

  it('passes the raw input to the core, which validates it, and replies its output', async () => {
    const input = { anything: ['the core', 'checks this'] };
    expect(await invoke(fromKiosk(), input)).toEqual({ ok: true, output: { echo: name } });
    expect(core.calls).toEqual([{ name, input }]);
  });

  it('sends a core refusal back as a plain ApiErrorBody', async () => {
    core.answer = async () => {
      throw new ApiError('bad_request', 'The input is not valid; nothing was changed.', ['x: bad']);
    };
    expect(await invoke(fromKiosk(), 42)).toEqual({
      ok: false,
      error: {
        code: 'bad_request',
        message: 'The input is not valid; nothing was changed.',
        issues: ['x: bad'],
      },
    });
  });

  it('hides an unexpected error behind "internal" and logs its details', async () => {
    core.answer = async () => {
      throw new Error('disk on fire');
    };
    expect(await invoke(fromKiosk(), undefined)).toEqual({
      ok: false,
      error: { code: 'internal', message: expect.not.stringContaining('fire') },
    });
    expect(JSON.stringify(log.lines)).toContain('disk on fire');
  });
});

describe('IPC sender validation: an untrusted sender gets "forbidden" and the core is not called', () => {
  it.each([
    ['a foreign https origin', 'https://evil.example/'],
    ['a file:// page', 'file:///home/kiosk/evil.html'],
    ['another app:// host', 'app://evil/'],
    ['the loopback browser shell', 'http://127.0.0.1:8080/'],
    ['a data: URL', 'data:text/html,hi'],
  ])('%s', async (_what, url) => {
    window!.webContents.mainFrame.url = url;
    expect(await invoke(fromKiosk(), undefined)).toEqual(FORBIDDEN);
    expect(core.calls).toEqual([]);
    expect(log.lines.at(-1)?.message).toContain(url);
  });

  it('a subframe of the kiosk page, even on app://kiosk', async () => {
    const main = window!.webContents.mainFrame;
    const subframe = new FakeWebFrame('app://kiosk/', main, 1, 99);
    expect(await invoke(fromKiosk({ senderFrame: subframe }), undefined)).toEqual(FORBIDDEN);
    expect(core.calls).toEqual([]);
  });

  it('a top-level frame that is not the window’s main frame', async () => {
    const other = new FakeWebFrame('app://kiosk/', null, 2, 7);
    expect(await invoke(fromKiosk({ senderFrame: other }), undefined)).toEqual(FORBIDDEN);
    expect(core.calls).toEqual([]);
  });

  it('another web contents, even on app://kiosk with frame ids like the window’s', async () => {
    const stranger = new FakeWebContents();
    const { processId, routingId } = window!.webContents.mainFrame;
    const frame = new FakeWebFrame('app://kiosk/', null, processId, routingId);
    const event = { sender: stranger, senderFrame: frame };
    expect(await invoke(event, undefined)).toEqual(FORBIDDEN);
    expect(core.calls).toEqual([]);
  });

  it('a frame that has gone away (senderFrame null)', async () => {
    expect(await invoke(fromKiosk({ senderFrame: null }), undefined)).toEqual(FORBIDDEN);
    expect(core.calls).toEqual([]);
  });

  it('anyone while the kiosk window is closed or being replaced', async () => {
    const event = fromKiosk();
    window!.close();
    expect(await invoke(event, undefined)).toEqual(FORBIDDEN);
    window = undefined;
    expect(await invoke(event, undefined)).toEqual(FORBIDDEN);
    expect(core.calls).toEqual([]);
  });
});

describe('core events reach the kiosk window', () => {
  it('on the event’s own channel, with the payload alone', () => {
    forwardCoreEvents({ core, currentWindow: () => window as unknown as ElectronWindow });
    core.emit({ name: 'contentChanged', payload: { revision: 3 } });
    expect(window!.webContents.sent).toEqual([
      { channel: ipcChannel('contentChanged'), args: [{ revision: 3 }] },
    ]);
  });

  it('but a reload the core asks for stays with the main process', () => {
    forwardCoreEvents({ core, currentWindow: () => window as unknown as ElectronWindow });
    core.emit({ name: 'reloadRequested', payload: { reason: 'silent' } });
    expect(window!.webContents.sent).toEqual([]);
  });

  it('are dropped while there is no window, and stop when asked', () => {
    const shown: { window?: BrowserWindow } = {};
    const stop = forwardCoreEvents({
      core,
      currentWindow: () => shown.window as unknown as ElectronWindow | undefined,
    });
    core.emit({ name: 'contentChanged', payload: { revision: 1 } });
    shown.window = window;
    stop();
    core.emit({ name: 'contentChanged', payload: { revision: 2 } });
    expect(window!.webContents.sent).toEqual([]);
  });
});
