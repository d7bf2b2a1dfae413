// The hash-pin page's script, bundled into dist/electron/hash-pin/hash-pin.js. window.hashPin
// comes from hash-pin-preload.ts; the clipboard is the page's own (a click is the user gesture
// it needs, and the window's session allows clipboard writing and nothing else).
import type { HashPinFunction } from './hash-pin-channel.ts';
import { setUpHashPinPage } from './hash-pin-page.ts';

const { hashPin } = window as unknown as { hashPin: HashPinFunction };

setUpHashPinPage(document, hashPin, (text) => navigator.clipboard.writeText(text));
