// The hash-pin window's sandboxed preload, bundled alone into dist/electron/hash-pin-preload.cjs
// (scripts/build-electron.ts). It exposes one function and no way to reach anything else.
import { contextBridge, ipcRenderer } from 'electron';
import { HASH_PIN_CHANNEL, type HashPinFunction, type HashPinReply } from './hash-pin-channel.ts';

const hashPin: HashPinFunction = (pin, again) =>
  ipcRenderer.invoke(HASH_PIN_CHANNEL, String(pin), String(again)) as Promise<HashPinReply>;

contextBridge.exposeInMainWorld('hashPin', hashPin);
