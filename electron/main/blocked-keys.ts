import type { Input } from 'electron';

/**
 * A key chord the kiosk swallows. `mod` means Ctrl or Cmd, so one row covers Windows, Linux
 * and macOS. A chord matches when its key is pressed with at least its modifiers (Ctrl+Shift+W
 * closes a window just as Ctrl+W does).
 */
export interface BlockedKey {
  key: string;
  /** The physical key, for chords where Option turns the letter into another character on macOS. */
  code?: string;
  mod?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  alt?: boolean;
  shift?: boolean;
  why: string;
}

/**
 * With the application menu removed most of these have no accelerator left; the table still
 * cancels them so that a plugged-in keyboard cannot leave, reload, zoom or inspect the kiosk
 * whatever the menu or platform does.
 */
export const BLOCKED_KEYS: readonly BlockedKey[] = [
  { key: 'F4', alt: true, why: 'closes the window' },
  { key: 'w', mod: true, why: 'closes the window' },
  { key: 'q', mod: true, why: 'quits the app' },
  { key: 'F5', why: 'reloads the page' },
  { key: 'r', mod: true, why: 'reloads the page (with Shift, skipping the cache)' },
  { key: '+', mod: true, why: 'zooms in' },
  { key: '=', mod: true, why: 'zooms in' },
  { key: '-', mod: true, why: 'zooms out' },
  { key: '_', mod: true, why: 'zooms out' },
  { key: '0', mod: true, why: 'resets the zoom' },
  { key: 'F11', why: 'leaves full screen' },
  { key: 'F12', why: 'opens developer tools' },
  { key: 'i', ctrl: true, shift: true, why: 'opens developer tools' },
  { key: 'j', ctrl: true, shift: true, why: 'opens the developer console' },
  { key: 'c', ctrl: true, shift: true, why: 'opens the element inspector' },
  { key: 'i', code: 'KeyI', meta: true, alt: true, why: 'opens developer tools (macOS)' },
  { key: 'j', code: 'KeyJ', meta: true, alt: true, why: 'opens the developer console (macOS)' },
  { key: 'c', code: 'KeyC', meta: true, alt: true, why: 'opens the element inspector (macOS)' },
];

export type KeyInput = Pick<Input, 'type' | 'key' | 'code' | 'control' | 'meta' | 'alt' | 'shift'>;

export function blockedKeyFor(input: KeyInput): BlockedKey | undefined {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return undefined;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  return BLOCKED_KEYS.find(
    (chord) =>
      (chord.key === key || (chord.code !== undefined && chord.code === input.code)) &&
      (!chord.mod || input.control || input.meta) &&
      (!chord.ctrl || input.control) &&
      (!chord.meta || input.meta) &&
      (!chord.alt || input.alt) &&
      (!chord.shift || input.shift),
  );
}
