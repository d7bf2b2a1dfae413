import { describe, expect, it } from 'vitest';
import { splitPhoneNumbers } from './text-with-numbers.ts';

const phones = (text: string) =>
  splitPhoneNumbers(text)
    .filter((piece) => piece.phone)
    .map((piece) => piece.text);

describe('splitPhoneNumbers', () => {
  it('finds a phone number in every way agency text writes one', () => {
    expect(phones('Call (916) 227-4840 today.')).toEqual(['(916) 227-4840']);
    expect(phones('Call 916-227-4840 or 916.227.3924.')).toEqual(['916-227-4840', '916.227.3924']);
    expect(phones('Llame al 227-4840.')).toEqual(['227-4840']);
  });

  it('leaves amounts, years and longer digit runs alone', () => {
    expect(phones('Up to $55,000 in 2026, code 12-3456-78901, case 1234-5678.')).toEqual([]);
  });

  it('keeps every character, in order', () => {
    const text = 'Questions: (916) 227-4840, or 227-3924 for contracts.';
    const pieces = splitPhoneNumbers(text);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
    expect(pieces.map((piece) => piece.phone)).toEqual([false, true, false, true, false]);
  });

  it('returns text without a number as one piece', () => {
    expect(splitPhoneNumbers('No numbers here')).toEqual([
      { text: 'No numbers here', phone: false },
    ]);
    expect(splitPhoneNumbers('')).toEqual([{ text: '', phone: false }]);
  });
});
