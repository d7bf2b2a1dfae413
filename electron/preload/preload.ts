// The sandboxed preload: it may require only 'electron', so build-electron.ts bundles it (with
// the contract) into one CommonJS file. contextBridge copies what it exposes into the page's
// world; an Error crossing it keeps its message but loses `code` and `issues`.
import { contextBridge, ipcRenderer } from 'electron';
import { createKioskApi } from './kiosk-api.ts';

contextBridge.exposeInMainWorld('kiosk', createKioskApi(ipcRenderer));
