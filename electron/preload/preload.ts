// The sandboxed preload: it may require only 'electron', so build-electron.ts bundles it (with
// the contract) into one CommonJS file. contextBridge copies what it exposes into the page's
// world; an Error crossing it keeps its message but loses `code` and `issues`, so each
// operation resolves with a plain Reply (kiosk-bridge.ts).
import { contextBridge, ipcRenderer } from 'electron';
import { createKioskBridge } from './kiosk-bridge.ts';

contextBridge.exposeInMainWorld('kiosk', createKioskBridge(ipcRenderer));
