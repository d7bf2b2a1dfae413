import { describe, expect, it } from 'vitest';
import { keyboardRows } from './keyboard-layouts.ts';

describe('keyboard layouts', () => {
  it('has every letter of the English alphabet and the digits in both layouts', () => {
    for (const language of ['en', 'es'] as const) {
      const keys = keyboardRows(language).flat();
      for (const letter of 'abcdefghijklmnopqrstuvwxyz0123456789') expect(keys).toContain(letter);
    }
  });

  it('adds ñ and the accented vowels in Spanish only', () => {
    const spanish = keyboardRows('es').flat();
    const english = keyboardRows('en').flat();
    for (const letter of ['ñ', 'á', 'é', 'í', 'ó', 'ú', 'ü']) {
      expect(spanish).toContain(letter);
      expect(english).not.toContain(letter);
    }
  });

  it('has the marks a phone number is printed with, in both layouts', () => {
    for (const language of ['en', 'es'] as const) {
      const keys = keyboardRows(language).flat();
      for (const mark of ['-', '(', ')']) expect(keys).toContain(mark);
    }
  });
});
