import type { IpcRenderer, IpcRendererEvent } from 'electron';
import {
  eventNames,
  ipcChannel,
  operationNames,
  type EventName,
  type KioskApi,
  type OperationName,
} from '../contract/api.ts';
import { ApiError } from '../contract/errors.ts';
import { unwrapReply } from './unwrap-reply.ts';

export type IpcRendererPart = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/**
 * window.kiosk, built from the contract's table so no channel name is written here. The page
 * gets plain functions only: never ipcRenderer, never an IPC event (whose `sender` would hand
 * it ipcRenderer back).
 */
export function createKioskApi(ipc: IpcRendererPart): KioskApi {
  const call = async (name: OperationName, input: unknown): Promise<unknown> =>
    unwrapReply(await ipc.invoke(ipcChannel(name), input), name);

  const operations = Object.fromEntries(
    operationNames.map((name) => [name, (input: unknown) => call(name, input)]),
  );

  const on = (event: EventName, listener: (payload: unknown) => void): (() => void) => {
    if (!eventNames.includes(event)) {
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

  // The table gives one function per operation name; TypeScript cannot follow that through
  // Object.fromEntries, so the shape is asserted once here and checked by the tests.
  return Object.freeze({ ...operations, on }) as unknown as KioskApi;
}
