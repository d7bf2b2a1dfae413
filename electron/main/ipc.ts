import { ipcMain, type BrowserWindow } from 'electron';
import { ipcChannel, operationNames } from '../contract/wire.ts';
import { ApiError, type Reply } from '../contract/errors.ts';
import type { KioskCore, Logger } from '../core/index.ts';
import { failureReply } from './ipc-reply.ts';
import { isTrustedSender } from './ipc-sender.ts';

export interface IpcOptions {
  core: KioskCore;
  /** The kiosk window right now: it is re-created after a close, so never held once. */
  currentWindow: () => BrowserWindow | undefined;
  log: Logger;
}

const FORBIDDEN = new ApiError(
  'forbidden',
  "Only the kiosk's own screen may use the kiosk service.",
).toBody();

/**
 * One handler per operation of the contract. The input goes to the core untouched: the core
 * validates it, whatever the shell, so a bad one changes nothing.
 */
export function registerIpcHandlers({ core, currentWindow, log }: IpcOptions): void {
  for (const name of operationNames) {
    ipcMain.handle(ipcChannel(name), async (event, input: unknown): Promise<Reply> => {
      if (!isTrustedSender(event, currentWindow())) {
        log.warn(`Refused ${name} from ${event.senderFrame?.url ?? 'a frame that is gone'}`);
        return { ok: false, error: FORBIDDEN };
      }
      try {
        return { ok: true, output: await core.invoke(name, input) };
      } catch (error) {
        return failureReply(error, name, log);
      }
    });
  }
}

/**
 * Core events go to the kiosk window on the event's own channel; returns the way to stop. A
 * reload the core asks for is the main process's to do (start-shell.ts), not the page's.
 */
export function forwardCoreEvents({ core, currentWindow }: Omit<IpcOptions, 'log'>): () => void {
  return core.subscribe((event) => {
    if (event.name === 'reloadRequested') return;
    const window = currentWindow();
    if (!window || window.isDestroyed()) return;
    window.webContents.send(ipcChannel(event.name), event.payload);
  });
}
