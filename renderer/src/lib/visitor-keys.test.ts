import { describe, expect, it } from 'vitest';
import { visitorCommand, type KeyPress, type VisitorCommand } from './visitor-keys.ts';

const press = (key: string, code = '', chord: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...chord,
});

describe('a keypad’s keys', () => {
  it.each<[string, string, string, VisitorCommand]>([
    ['0', 'Insert', 'Numpad0', 'listen'],
    ['5', 'Clear', 'Numpad5', 'home'],
    ['.', 'Delete', 'NumpadDecimal', 'back'],
    ['+', '+', 'NumpadAdd', 'next-block'],
    ['-', '-', 'NumpadSubtract', 'previous-block'],
    ['*', '*', 'NumpadMultiply', 'repeat'],
    ['/', '/', 'NumpadDivide', 'stop'],
    ['8', 'ArrowUp', 'Numpad8', 'focus-previous'],
    ['4', 'ArrowLeft', 'Numpad4', 'focus-previous'],
    ['2', 'ArrowDown', 'Numpad2', 'focus-next'],
    ['6', 'ArrowRight', 'Numpad6', 'focus-next'],
  ])('%s means the same with Num Lock on or off', (numLockOn, numLockOff, code, command) => {
    expect(visitorCommand(press(numLockOn, code), false)).toBe(command);
    expect(visitorCommand(press(numLockOff, code), false)).toBe(command);
  });
});

describe('a keyboard’s keys', () => {
  it.each<[string, string, VisitorCommand]>([
    ['0', 'Digit0', 'listen'],
    ['5', 'Digit5', 'home'],
    ['.', 'Period', 'back'],
    ['Escape', 'Escape', 'back'],
    ['Backspace', 'Backspace', 'back'],
    ['ArrowDown', 'ArrowDown', 'focus-next'],
    ['ArrowUp', 'ArrowUp', 'focus-previous'],
    ['+', 'Equal', 'next-block'],
  ])('%s', (key, code, command) => {
    expect(visitorCommand(press(key, code), false)).toBe(command);
  });

  it('leaves Tab, Enter and Space to do what they always do', () => {
    for (const [key, code] of [
      ['Tab', 'Tab'],
      ['Enter', 'Enter'],
      ['Enter', 'NumpadEnter'],
      [' ', 'Space'],
    ]) {
      expect(visitorCommand(press(key!, code), false)).toBeNull();
    }
  });

  it('leaves chords to staff and the shell, and typing to a field', () => {
    expect(visitorCommand(press('a', 'KeyA', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(visitorCommand(press('0', 'Digit0', { ctrlKey: true }), false)).toBeNull();
    expect(visitorCommand(press('0', 'Digit0', { metaKey: true }), false)).toBeNull();
    expect(visitorCommand(press('5', 'Numpad5'), true)).toBeNull();
  });
});
