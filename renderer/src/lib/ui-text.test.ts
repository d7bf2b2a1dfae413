import { describe, expect, it } from 'vitest';
import { placeholders } from './fill.ts';
import { UI_TEXT } from './ui-text.ts';

/**
 * Words that are the same in both languages on purpose. Kept tiny: a Spanish string equal to
 * the English one is almost always a string someone forgot to translate.
 */
const SAME_IN_BOTH: ReadonlySet<string> = new Set([]);

describe('the kiosk’s own words', () => {
  const keys = Object.keys(UI_TEXT.en) as Array<keyof typeof UI_TEXT.en>;

  it.each(keys)('%s has Spanish', (key) => {
    expect(UI_TEXT.es[key].trim()).not.toBe('');
    if (UI_TEXT.en[key] !== '' && !SAME_IN_BOTH.has(key)) {
      expect(UI_TEXT.es[key]).not.toBe(UI_TEXT.en[key]);
    }
  });
});

describe('texts with placeholders', () => {
  const keys = Object.keys(UI_TEXT.en) as Array<keyof typeof UI_TEXT.en>;

  it.each(keys)('%s keeps the same placeholders in Spanish', (key) => {
    expect(placeholders(UI_TEXT.es[key])).toEqual(placeholders(UI_TEXT.en[key]));
  });
});
