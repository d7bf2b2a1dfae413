// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { deleteBack, insertText, isTextField } from './insert-text.ts';

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
  });
});
