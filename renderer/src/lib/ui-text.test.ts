import { describe, expect, it } from 'vitest';
import { placeholders } from './fill.ts';
import type { PluralForms } from './plural.ts';
import { UI_TEXT } from './ui-text.ts';

/**
 * Words that are the same in both languages on purpose. Kept tiny: a Spanish string equal to
 * the English one is almost always a string someone forgot to translate.
 */
const SAME_IN_BOTH: ReadonlySet<string> = new Set([]);

/** A text, or each plural form of one. */
const forms = (value: string | PluralForms): string[] =>
  typeof value === 'string' ? [value] : Object.values(value);

describe('the kiosk’s own words', () => {
  const keys = Object.keys(UI_TEXT.en) as Array<keyof typeof UI_TEXT.en>;

  it.each(keys)('%s has Spanish', (key) => {
    const spanish = forms(UI_TEXT.es[key]);
    for (const text of spanish) expect(text.trim()).not.toBe('');
    if (forms(UI_TEXT.en[key]).join('') !== '' && !SAME_IN_BOTH.has(key)) {
      expect(spanish).not.toEqual(forms(UI_TEXT.en[key]));
    }
  });
});

describe('texts with placeholders', () => {
  const keys = Object.keys(UI_TEXT.en) as Array<keyof typeof UI_TEXT.en>;

  it.each(keys)('%s keeps the same placeholders in Spanish', (key) => {
    const of = (value: string | PluralForms) => forms(value).flatMap(placeholders).sort();
    expect(of(UI_TEXT.es[key])).toEqual(of(UI_TEXT.en[key]));
  });
});
