import type { Language } from './localize.ts';

/**
 * The on-screen keyboard's letter rows. Spanish adds ñ on the home row, as Spanish keyboards
 * do, and a row of the accented vowels a visitor may want to type. Both have the marks a
 * phone number is written with, so "(916) 227-4253" can be typed as it is printed.
 */
export const KEYBOARD_ROWS: Readonly<Record<Language, readonly string[]>> = {
  en: ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm-()'],
  es: ['1234567890', 'qwertyuiop', 'asdfghjklñ', 'zxcvbnm-()', 'áéíóúü'],
};

export function keyboardRows(language: Language): string[][] {
  return KEYBOARD_ROWS[language].map((row) => [...row]);
}

/** Search text has a cap: nothing a visitor needs is longer, and a stuck key cannot grow it. */
export const MAX_SEARCH_LENGTH = 40;
