import { describe, expect, it } from 'vitest';
import { plural } from './plural.ts';
import { UI_TEXT } from './ui-text.ts';

describe('plural', () => {
  it.each([
    ['en', 1, 'second left'],
    ['en', 2, 'seconds left'],
    ['en', 0, 'seconds left'],
    ['es', 1, 'segundo restante'],
    ['es', 20, 'segundos restantes'],
  ] as const)('%s, %i: %s', (language, count, expected) => {
    expect(plural(language, count, UI_TEXT[language].idleSeconds)).toBe(expected);
  });
});
