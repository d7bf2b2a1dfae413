import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eventNames, ipcChannel, operationNames } from '../contract/wire.ts';
import { ApiError } from '../contract/errors.ts';
import { createRecordingLogger } from '../core/test-support/recording-logger.ts';
import { failureReply } from '../main/ipc-reply.ts';
import { ipcRenderer, resetFakeElectron } from '../main/test-support/fake-electron.ts';
import { createKioskBridge, type IpcRendererPart } from './kiosk-bridge.ts';

vi.mock('electron', () => import('../main/test-support/fake-electron.ts'));

const name = operationNames[0]!;
let api: Record<string, unknown>;
beforeEach(() => {
  resetFakeElectron();
  api = createKioskBridge(ipcRenderer as unknown as IpcRendererPart) as unknown as Record<
    string,
    unknown
  >;
});

const call = (input: unknown) => (api[name] as (input: unknown) => Promise<unknown>)(input);

describe('window.kiosk is derived from the contract', () => {
  it('has one function per operation plus `on`, and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([...operationNames, 'on'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('cannot be changed by the page', () => {
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('invokes the operation’s channel with the input as given, and resolves with the reply', async () => {
    ipcRenderer.answer = () => ({ ok: true, output: { revision: 1 } });
    await expect(call({ a: 1 })).resolves.toEqual({ ok: true, output: { revision: 1 } });
    expect(ipcRenderer.invocations).toEqual([{ channel: ipcChannel(name), args: [{ a: 1 }] }]);
  });

  it('resolves with a failure as plain data (code and issues kept), never rejects', async () => {
    ipcRenderer.answer = () => ({
      ok: false,
      error: { code: 'bad_request', message: 'Nothing was changed.', issues: ['x: bad'] },
    });
    await expect(call(1)).resolves.toEqual({
      ok: false,
      error: { code: 'bad_request', message: 'Nothing was changed.', issues: ['x: bad'] },
    });
  });

  it('reads the replies the main process builds (both sides agree on the shape)', async () => {
    const body = failureReply(
      new ApiError('forbidden', 'Not from here.'),
      name,
      createRecordingLogger(),
    );
    ipcRenderer.answer = () => body;
    await expect(call(undefined)).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it.each([undefined, null, 'text', { ok: 'yes' }, { ok: false, error: { nope: 1 } }])(
    'answers an unreadable reply (%j) with an internal failure',
    async (reply) => {
      ipcRenderer.answer = () => reply;
      await expect(call(undefined)).resolves.toMatchObject({
        ok: false,
        error: { code: 'internal' },
      });
    },
  );

  it('answers an invoke that rejects (no handler, uncloneable input) with an internal failure', async () => {
    ipcRenderer.answer = () => {
      throw new Error('No handler registered');
    };
    await expect(call(undefined)).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('No handler registered') },
    });
  });
});

describe('window.kiosk.on', () => {
  const on = () => api.on as (event: string, listener: (payload: unknown) => void) => () => void;

  it('gives the listener the payload only, never the IPC event', () => {
    const payloads: unknown[][] = [];
    on()('contentChanged', (...args) => payloads.push(args));
    const ipcEvent = { sender: ipcRenderer, senderId: 0 };
    ipcRenderer.events.emit(ipcChannel('contentChanged'), ipcEvent, { revision: 2 });
    expect(payloads).toEqual([[{ revision: 2 }]]);
  });

  it('returns a function that stops listening', () => {
    const payloads: unknown[] = [];
    const stop = on()('contentChanged', (payload) => payloads.push(payload));
    stop();
    ipcRenderer.events.emit(ipcChannel('contentChanged'), {}, { revision: 3 });
    expect(payloads).toEqual([]);
    expect(ipcRenderer.events.listenerCount(ipcChannel('contentChanged'))).toBe(0);
  });

  it.each(eventNames)('listens on the contract’s channel for %s', (event) => {
    on()(event, () => undefined);
    expect(ipcRenderer.events.listenerCount(ipcChannel(event))).toBe(1);
  });

  it('refuses an event the contract does not name, or a listener that is not a function', () => {
    expect(() => on()('kiosk:anything', () => undefined)).toThrow(ApiError);
    expect(() => on()('contentChanged', 'nope' as never)).toThrow(ApiError);
    expect(ipcRenderer.events.eventNames()).toEqual([]);
  });
});
