/** A piece of running text: words, or a phone number written inside them. */
export interface TextPiece {
  text: string;
  phone: boolean;
}

/**
 * A phone number as agency text writes one: "(916) 227-4840", "916-227-4840", "916.227.4840" or
 * "227-4840", never part of a longer run of digits (a dollar amount, a year, a code).
 */
const PHONE_IN_TEXT = /(?<![\d.-])(?:\(\d{3}\) ?|\d{3}[-.])?\d{3}[-.]\d{4}(?![\d-])/g;

/**
 * Splits running text around the phone numbers in it, so only they are drawn with the slashed
 * zero (a zero that cannot be read as the letter O matters in a number to dial, and looks odd in
 * "$55,000").
 */
export function splitPhoneNumbers(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(PHONE_IN_TEXT)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), phone: false });
    pieces.push({ text: match[0], phone: true });
    last = match.index + match[0].length;
  }
  if (last < text.length || pieces.length === 0)
    pieces.push({ text: text.slice(last), phone: false });
  return pieces;
}
