import { extname } from 'node:path';
import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { TransferDialogs } from '../core/index.ts';

type DialogApi = Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;

const CONTENT_FILES = [{ name: 'Kiosk content', extensions: ['json'] }];
const USAGE_FILES = [{ name: 'Usage counts', extensions: ['csv'] }];

/**
 * Electron's save and open dialogs for staff's export and import, opened on a removable drive
 * or IT's transfer folder. A native dialog can browse anywhere, so it is a known way out of a
 * kiosk: the core checks the path it returns against those places and refuses any other
 * (transfer-places.ts). Only files are chosen, nothing is opened with another program, and the
 * choice is not added to the OS's recent files.
 */
export function electronTransferDialogs(
  dialog: DialogApi,
  currentWindow: () => BrowserWindow | undefined,
): TransferDialogs {
  return {
    async chooseSavePath(defaultPath) {
      const options: SaveDialogOptions = {
        title: 'Save the file',
        buttonLabel: 'Save here',
        defaultPath,
        filters: extname(defaultPath).toLowerCase() === '.csv' ? USAGE_FILES : CONTENT_FILES,
        properties: ['showOverwriteConfirmation', 'dontAddToRecent'],
      };
      const window = currentWindow();
      const result = await (window
        ? dialog.showSaveDialog(window, options)
        : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath(defaultFolder) {
      const options: OpenDialogOptions = {
        title: 'Import a content file',
        buttonLabel: 'Import',
        defaultPath: defaultFolder,
        filters: CONTENT_FILES,
        properties: ['openFile', 'dontAddToRecent'],
      };
      const window = currentWindow();
      const result = await (window
        ? dialog.showOpenDialog(window, options)
        : dialog.showOpenDialog(options));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
