import { phonesInText } from '../../../electron/contract/phone-mentions.ts';

/** A piece of running text: words, or a phone number written inside them. */
export interface TextPiece {
  text: string;
  phone: boolean;
}

/**
 * Splits running text around the phone numbers in it (as staff's number check finds them), so
 * only they are drawn with the slashed zero: a zero that cannot be read as the letter O matters
 * in a number to dial, and looks odd in "$55,000".
 */
export function splitPhoneNumbers(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const { start, end } of phonesInText(text)) {
    if (start > last) pieces.push({ text: text.slice(last, start), phone: false });
    pieces.push({ text: text.slice(start, end), phone: true });
    last = end;
  }
  if (last < text.length || pieces.length === 0)
    pieces.push({ text: text.slice(last), phone: false });
  return pieces;
}
