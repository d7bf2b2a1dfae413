// The part of `electron` a sandboxed preload meets, for timing the built preload in node:vm.
// It does what the shell's preload asks of it and no more: the bench needs a cost, not checks.
// (electron/main/test-support/fake-electron.ts is the full recording stand-in for tests; the
// bench's TypeScript project cannot reach the Electron shell's files.)
import { EventEmitter } from 'node:events';

export interface PreloadElectron {
  contextBridge: { exposeInMainWorld(key: string, api: unknown): void };
  ipcRenderer: {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
    on(channel: string, listener: (...args: unknown[]) => void): unknown;
    removeListener(channel: string, listener: (...args: unknown[]) => void): unknown;
  };
  /** What the preload put on the page's window. */
  exposed: Map<string, unknown>;
}

/**
 * A new stand-in, so no run inherits another's state. Exposing copies the object's own keys,
 * as contextBridge copies what crosses into the page's world.
 */
export function createPreloadElectron(): PreloadElectron {
  const exposed = new Map<string, unknown>();
  const events = new EventEmitter();
  return {
    exposed,
    contextBridge: {
      exposeInMainWorld(key, api) {
        exposed.set(key, typeof api === 'object' && api !== null ? { ...api } : api);
      },
    },
    ipcRenderer: {
      invoke: () => Promise.resolve({ ok: true, output: undefined }),
      on: (channel, listener) => events.on(channel, listener),
      removeListener: (channel, listener) => events.removeListener(channel, listener),
    },
  };
}
