import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as fakeElectron from '../test-support/fake-electron.ts';
import { HASH_PIN_CHANNEL, type HashPinFunction } from './hash-pin-channel.ts';

const { contextBridge, ipcRenderer, resetFakeElectron } = fakeElectron;

beforeEach(async () => {
  resetFakeElectron();
  // The preload does its work when evaluated: each test evaluates it afresh, on this fake.
  vi.resetModules();
  vi.doMock('electron', () => fakeElectron);
  await import('./hash-pin-preload.ts');
});

describe('the hash-pin preload', () => {
  it('exposes hashPin and nothing else', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['hashPin']);
    expect(typeof contextBridge.exposed.get('hashPin')).toBe('function');
  });

  it('sends both PINs, as text, on the hash-pin channel and gives back the reply', async () => {
    ipcRenderer.answer = () => ({ ok: true, hash: 'scrypt$…' });
    const hashPin = contextBridge.exposed.get('hashPin') as HashPinFunction;
    expect(await hashPin('123456', 123456 as unknown as string)).toEqual({
      ok: true,
      hash: 'scrypt$…',
    });
    expect(ipcRenderer.invocations).toEqual([
      { channel: HASH_PIN_CHANNEL, args: ['123456', '123456'] },
    ]);
  });
});
