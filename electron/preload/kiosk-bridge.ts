import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { EventName, KioskBridge, OperationName } from '../contract/api.ts';
import { ipcChannel, isEventName, operationNames } from '../contract/wire.ts';
import { ApiError, readReply, type Reply } from '../contract/errors.ts';

export type IpcRendererPart = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/**
 * window.kiosk, built from the contract's names so no channel name is written here. Each
 * operation resolves with a plain Reply, never rejects with an ApiError: contextBridge would
 * strip its code and issues. The page gets plain functions only: never ipcRenderer, never an
 * IPC event (whose `sender` would hand it ipcRenderer back).
 */
export function createKioskBridge(ipc: IpcRendererPart): KioskBridge {
  const call = async (name: OperationName, input: unknown): Promise<Reply> => {
    try {
      return readReply(await ipc.invoke(ipcChannel(name), input), name);
    } catch (error) {
      // invoke rejects when the main process has no handler or the input cannot be cloned.
      return readReply({ ok: false, error: toBody(error) }, name);
    }
  };

  const operations = Object.fromEntries(
    operationNames.map((name) => [name, (input: unknown) => call(name, input)]),
  );

  const on = (event: EventName, listener: (payload: unknown) => void): (() => void) => {
    if (!isEventName(event)) {
      throw new ApiError('not_found', `The kiosk has no event called "${String(event)}".`);
    }
    if (typeof listener !== 'function') {
      throw new ApiError('bad_request', `Listening to ${event} needs a function to call.`);
    }
    const channel = ipcChannel(event);
    const relay = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipc.on(channel, relay);
    return () => void ipc.removeListener(channel, relay);
  };

  return Object.freeze({ ...operations, on }) as unknown as KioskBridge;
}

const toBody = (error: unknown) => ({
  code: 'internal',
  message: `The kiosk service could not be reached: ${error instanceof Error ? error.message : String(error)}`,
});
