import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, unwrapReply } from '../contract/errors.ts';
import { ipcChannel, operationNames } from '../contract/wire.ts';
import * as fakeElectron from '../main/test-support/fake-electron.ts';

const { contextBridge, ipcRenderer, resetFakeElectron } = fakeElectron;

beforeEach(async () => {
  resetFakeElectron();
  // The preload does its work when evaluated, so each test evaluates it afresh, against this
  // test's instance of the fake.
  vi.resetModules();
  vi.doMock('electron', () => fakeElectron);
  await import('./preload.ts');
});

describe('the preload exposes only the contract', () => {
  it('puts one object on the page, window.kiosk', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['kiosk']);
  });

  it('whose keys are exactly the contract’s operations and `on`', () => {
    const api = contextBridge.exposed.get('kiosk') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...operationNames, 'on'].sort());
  });

  it('with no ipcRenderer, contextBridge or other Electron object anywhere in it', () => {
    const api = contextBridge.exposed.get('kiosk') as Record<string, unknown>;
    const electronObjects = [...Object.values(fakeElectron), ...Object.values(ipcRenderer)];
    for (const value of Object.values(api)) {
      expect(typeof value).toBe('function');
      expect(electronObjects).not.toContain(value);
    }
    expect(electronObjects).not.toContain(api);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|electron|require|process/i);
  });
});

describe('errors cross the bridge as data', () => {
  const failure = {
    ok: false,
    error: { code: 'unauthorized', message: 'Sign in again.', issues: ['session ended'] },
  };

  it('the bridge itself drops an ApiError’s code and issues (why the preload never rejects)', async () => {
    contextBridge.exposeInMainWorld('probe', {
      fail: async () => Promise.reject(new ApiError('unauthorized', 'Sign in again.', ['x'])),
    });
    const probe = contextBridge.exposed.get('probe') as { fail: () => Promise<unknown> };
    const error = await probe.fail().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ message: 'Sign in again.' });
    expect((error as { code?: unknown }).code).toBeUndefined();
  });

  it('the page rebuilds the ApiError, code and issues included, from what window.kiosk gives', async () => {
    ipcRenderer.answer = (channel) => (channel === ipcChannel('adminStatus') ? failure : undefined);
    const api = contextBridge.exposed.get('kiosk') as Record<
      string,
      (i: unknown) => Promise<unknown>
    >;
    const error = await api.adminStatus!(undefined)
      .then((reply) => unwrapReply(reply, 'adminStatus'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'unauthorized', issues: ['session ended'] });
  });
});
