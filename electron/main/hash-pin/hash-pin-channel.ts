// Shared by the hash-pin window's main-process handler, its preload and its page.

export const HASH_PIN_CHANNEL = 'hash-pin:hash';

/** The hash, or why there is none, in words for the person at the keyboard. */
export type HashPinReply = { ok: true; hash: string } | { ok: false; message: string };

/** What the preload puts on the page's window, and nothing else. */
export type HashPinFunction = (pin: string, again: string) => Promise<HashPinReply>;
