import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './app-origin.ts';

export type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * Only the kiosk window's own top-level page on app://kiosk may reach the core: not a frame
 * inside it, not another web contents, not a page that navigated elsewhere (file://, https://).
 * Navigation is already denied; this holds even if something slips past that.
 */
export function isTrustedSender(event: SenderEvent, window: BrowserWindow | undefined): boolean {
  const frame = event.senderFrame;
  if (!frame || !window || window.isDestroyed()) return false;
  const contents = window.webContents;
  const mainFrame = contents.mainFrame;
  // A frame is identified by its process and routing ids; the main frame's are the window's.
  return (
    event.sender.id === contents.id &&
    frame.processId === mainFrame.processId &&
    frame.routingId === mainFrame.routingId &&
    isAppUrl(frame.url)
  );
}
