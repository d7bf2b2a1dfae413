import { beforeEach, describe, expect, it, vi } from 'vitest';
import { operationNames } from '../contract/api.ts';
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
