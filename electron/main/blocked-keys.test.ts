import { describe, expect, it } from 'vitest';
import { BLOCKED_KEYS, blockedKeyFor, type KeyInput } from './blocked-keys.ts';
import { keyDown } from './test-support/key-input.ts';

const ctrl = { control: true };
const cmd = { meta: true };

describe('keys that close, reload, zoom or open tools are cancelled', () => {
  it.each<[string, KeyInput]>([
    ['Alt+F4', keyDown('F4', { alt: true })],
    ['Ctrl+W', keyDown('w', ctrl)],
    ['Cmd+W', keyDown('w', cmd)],
    ['Ctrl+Shift+W', keyDown('W', { control: true, shift: true })],
    ['Ctrl+Q', keyDown('q', ctrl)],
    ['Cmd+Q', keyDown('q', cmd)],
    ['F5', keyDown('F5')],
    ['Ctrl+R', keyDown('r', ctrl)],
    ['Cmd+R', keyDown('r', cmd)],
    ['Ctrl+Shift+R', keyDown('R', { control: true, shift: true })],
    ['Ctrl++', keyDown('+', { control: true, shift: true })],
    ['Ctrl+=', keyDown('=', ctrl)],
    ['Cmd+=', keyDown('=', cmd)],
    ['Ctrl+-', keyDown('-', ctrl)],
    ['Ctrl+_', keyDown('_', { control: true, shift: true })],
    ['Ctrl+0', keyDown('0', ctrl)],
    ['Cmd+0', keyDown('0', cmd)],
    ['F11', keyDown('F11')],
    ['F12', keyDown('F12')],
    ['Ctrl+Shift+I', keyDown('I', { control: true, shift: true })],
    ['Ctrl+Shift+J', keyDown('J', { control: true, shift: true })],
    ['Ctrl+Shift+C', keyDown('C', { control: true, shift: true })],
    ['Cmd+Alt+I', keyDown('ˆ', { meta: true, alt: true, code: 'KeyI' })],
    ['Cmd+Alt+J', keyDown('∆', { meta: true, alt: true, code: 'KeyJ' })],
    ['Cmd+Alt+C', keyDown('ç', { meta: true, alt: true, code: 'KeyC' })],
    ['F5 as a raw key-down', keyDown('F5', { type: 'rawKeyDown' })],
  ])('%s', (_name, input) => {
    expect(blockedKeyFor(input)).toBeDefined();
  });
});

describe('ordinary typing still works (admin uses a plugged-in keyboard too)', () => {
  it.each<[string, KeyInput]>([
    ['a letter', keyDown('w')],
    ['a capital', keyDown('R', { shift: true })],
    ['a digit', keyDown('0')],
    ['minus', keyDown('-')],
    ['copy', keyDown('c', ctrl)],
    ['paste', keyDown('v', ctrl)],
    ['select all', keyDown('a', ctrl)],
    ['F4 without Alt', keyDown('F4')],
    ['italic (Ctrl+I) is not developer tools', keyDown('i', ctrl)],
    ['the release of a blocked key', keyDown('F5', { type: 'keyUp' })],
  ])('%s', (_name, input) => {
    expect(blockedKeyFor(input)).toBeUndefined();
  });
});

describe('a visitor’s keypad and keyboard keys get through (renderer/src/lib/visitor-keys.ts)', () => {
  it.each<[string, KeyInput]>([
    ['keypad 0 (Listen)', keyDown('0', { code: 'Numpad0' })],
    ['keypad 0 with Num Lock off', keyDown('Insert', { code: 'Numpad0' })],
    ['keypad 5 (Home)', keyDown('5', { code: 'Numpad5' })],
    ['keypad 5 with Num Lock off', keyDown('Clear', { code: 'Numpad5' })],
    ['keypad dot (Back)', keyDown('.', { code: 'NumpadDecimal' })],
    ['keypad dot with Num Lock off', keyDown('Delete', { code: 'NumpadDecimal' })],
    ['keypad +', keyDown('+', { code: 'NumpadAdd' })],
    ['keypad -', keyDown('-', { code: 'NumpadSubtract' })],
    ['keypad *', keyDown('*', { code: 'NumpadMultiply' })],
    ['keypad /', keyDown('/', { code: 'NumpadDivide' })],
    ['keypad Enter', keyDown('Enter', { code: 'NumpadEnter' })],
    ['keypad 8 with Num Lock off', keyDown('ArrowUp', { code: 'Numpad8' })],
    ['Tab', keyDown('Tab', { code: 'Tab' })],
    ['Shift+Tab', keyDown('Tab', { code: 'Tab', shift: true })],
    ['Enter', keyDown('Enter', { code: 'Enter' })],
    ['Space', keyDown(' ', { code: 'Space' })],
    ['Escape', keyDown('Escape', { code: 'Escape' })],
    ['Backspace', keyDown('Backspace', { code: 'Backspace' })],
    ['ArrowDown', keyDown('ArrowDown', { code: 'ArrowDown' })],
    ['ArrowLeft', keyDown('ArrowLeft', { code: 'ArrowLeft' })],
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
