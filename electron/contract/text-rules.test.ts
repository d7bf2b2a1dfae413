import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { length, longestWord } from './text-rules.ts';

// What the rules meant from the start, written the plain way: code points, and the first of the
// longest words.
const codePoints = (text: string) => [...text].length;
function firstLongest(text: string): string {
  let longest = '';
  for (const word of text.split(/[\p{White_Space}\u200B]+/u)) {
    if (codePoints(word) > codePoints(longest)) longest = word;
  }
  return longest;
}

// Astral characters (two UTF-16 units), lone surrogates, spaces and the zero-width space mixed in.
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom('a', 'é', ' ', '\u200B', '\n', '😀', '𝔸', '\uD800', '\uDC00'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 60,
});

describe('length', () => {
  it('counts code points: an emoji is one character, a lone surrogate too', () => {
    expect(length('a😀b')).toBe(3);
    expect(length('\uD800x')).toBe(2);
    fc.assert(fc.property(text, (t) => length(t) === codePoints(t)));
  });
});

describe('longestWord', () => {
  it('is the first of the longest runs with no place to break, counted in code points', () => {
    expect(longestWord('ab 😀😀😀 abc')).toBe('😀😀😀');
    expect(longestWord('abc xyz')).toBe('abc');
    fc.assert(fc.property(text, (t) => longestWord(t) === firstLongest(t)));
  });
});
