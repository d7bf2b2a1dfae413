// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import {
  caretToEdge,
  deleteBack,
  insertText,
  isTextField,
  moveCaret,
  replaceValue,
  selectWord,
  wordBounds,
} from './insert-text.ts';

function field(value: string, caret: number) {
  const input = document.createElement('input');
  input.value = value;
  input.setSelectionRange(caret, caret);
  const onInput = vi.fn();
  input.addEventListener('input', onInput);
  return { input, onInput };
}

describe('insertText', () => {
  it('types at the caret and tells listeners', () => {
    const { input, onInput } = field('(916) 227-453', 12);
    insertText(input, '5');
    expect(input.value).toBe('(916) 227-4553');
    expect(input.selectionStart).toBe(13);
    expect(onInput).toHaveBeenCalledTimes(1);
  });

  it('replaces a selection', () => {
    const { input } = field('Library', 0);
    input.setSelectionRange(0, 7);
    insertText(input, 'Biblioteca');
    expect(input.value).toBe('Biblioteca');
  });
});

describe('deleteBack', () => {
  it('removes the character before the caret, and nothing at the start', () => {
    const { input } = field('abc', 2);
    deleteBack(input);
    expect(input.value).toBe('ac');
    input.setSelectionRange(0, 0);
    deleteBack(input);
    expect(input.value).toBe('ac');
  });
});

describe('isTextField', () => {
  it('knows text inputs and text areas from buttons', () => {
    expect(isTextField(document.createElement('textarea'))).toBe(true);
    expect(isTextField(document.createElement('button'))).toBe(false);
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(isTextField(checkbox)).toBe(false);
    const passphrase = document.createElement('input');
    passphrase.type = 'password';
    expect(isTextField(passphrase)).toBe(true);
  });
});

describe('the staff keyboard’s editing keys', () => {
  it('← and → move one character, and stop at the edges', () => {
    const { input } = field('abc', 1);
    moveCaret(input, -1);
    moveCaret(input, -1);
    expect(input.selectionStart).toBe(0);
    moveCaret(input, 1);
    expect(input.selectionStart).toBe(1);
    input.setSelectionRange(1, 3);
    moveCaret(input, 1);
    expect([input.selectionStart, input.selectionEnd]).toEqual([3, 3]);
  });

  it('Start and End go to the edges of the field', () => {
    const { input } = field('Call (916) 227-4840', 6);
    caretToEdge(input, 'end');
    expect(input.selectionStart).toBe(19);
    caretToEdge(input, 'start');
    expect(input.selectionEnd).toBe(0);
  });

  it('select word takes a whole part of a number, so typing replaces it', () => {
    const { input } = field('call (916) 227-4840 now', 16);
    selectWord(input);
    expect(input.value.slice(input.selectionStart!, input.selectionEnd!)).toBe('227-4840');
    insertText(input, '227-4899');
    expect(input.value).toBe('call (916) 227-4899 now');
  });

  it('finds the word before a space, and nothing in blank text', () => {
    expect(wordBounds('one two', 3)).toEqual([0, 3]);
    expect(wordBounds('at (916) 227-4840. There', 12)).toEqual([9, 17]);
    expect(wordBounds('   ', 1)).toEqual([1, 1]);
  });

  it('Clear field empties it through the input event', () => {
    const { input, onInput } = field('text', 2);
    replaceValue(input, '');
    expect(input.value).toBe('');
    expect(onInput).toHaveBeenCalledTimes(1);
  });
});
