import type { KeyInput } from '../blocked-keys.ts';

/** A key pressed as Electron's before-input-event reports it: no modifiers unless given. */
export const keyDown = (key: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key,
  code: '',
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});
