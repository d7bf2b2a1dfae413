import { describe, expect, it } from 'vitest';
import { BLOCKED_KEYS, blockedKeyFor, type KeyInput } from './blocked-keys.ts';

const press = (key: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key,
  code: '',
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

const ctrl = { control: true };
const cmd = { meta: true };

describe('keys that close, reload, zoom or open tools are cancelled', () => {
  it.each<[string, KeyInput]>([
    ['Alt+F4', press('F4', { alt: true })],
    ['Ctrl+W', press('w', ctrl)],
    ['Cmd+W', press('w', cmd)],
    ['Ctrl+Shift+W', press('W', { control: true, shift: true })],
    ['Ctrl+Q', press('q', ctrl)],
    ['Cmd+Q', press('q', cmd)],
    ['F5', press('F5')],
    ['Ctrl+R', press('r', ctrl)],
    ['Cmd+R', press('r', cmd)],
    ['Ctrl+Shift+R', press('R', { control: true, shift: true })],
    ['Ctrl++', press('+', { control: true, shift: true })],
    ['Ctrl+=', press('=', ctrl)],
    ['Cmd+=', press('=', cmd)],
    ['Ctrl+-', press('-', ctrl)],
    ['Ctrl+_', press('_', { control: true, shift: true })],
    ['Ctrl+0', press('0', ctrl)],
    ['Cmd+0', press('0', cmd)],
    ['F11', press('F11')],
    ['F12', press('F12')],
    ['Ctrl+Shift+I', press('I', { control: true, shift: true })],
    ['Ctrl+Shift+J', press('J', { control: true, shift: true })],
    ['Ctrl+Shift+C', press('C', { control: true, shift: true })],
    ['Cmd+Alt+I', press('ˆ', { meta: true, alt: true, code: 'KeyI' })],
    ['Cmd+Alt+J', press('∆', { meta: true, alt: true, code: 'KeyJ' })],
    ['Cmd+Alt+C', press('ç', { meta: true, alt: true, code: 'KeyC' })],
    ['F5 as a raw key-down', press('F5', { type: 'rawKeyDown' })],
  ])('%s', (_name, input) => {
    expect(blockedKeyFor(input)).toBeDefined();
  });
});

describe('ordinary typing still works (admin uses a plugged-in keyboard too)', () => {
  it.each<[string, KeyInput]>([
    ['a letter', press('w')],
    ['a capital', press('R', { shift: true })],
    ['a digit', press('0')],
    ['minus', press('-')],
    ['copy', press('c', ctrl)],
    ['paste', press('v', ctrl)],
    ['select all', press('a', ctrl)],
    ['F4 without Alt', press('F4')],
    ['italic (Ctrl+I) is not developer tools', press('i', ctrl)],
    ['the release of a blocked key', press('F5', { type: 'keyUp' })],
  ])('%s', (_name, input) => {
    expect(blockedKeyFor(input)).toBeUndefined();
  });
});

describe('the key table', () => {
  it('says why each key is blocked', () => {
    for (const chord of BLOCKED_KEYS) expect(chord.why).not.toBe('');
  });

  it('lists each chord once', () => {
    const chords = BLOCKED_KEYS.map(({ why: _why, ...chord }) => JSON.stringify(chord));
    expect(new Set(chords).size).toBe(chords.length);
  });
});
