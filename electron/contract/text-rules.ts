/**
 * What makes a text readable on the kiosk's screen, apart from what it says. Plain functions
 * (no zod), for the content rules and for anyone who wants the same answer.
 */

/** Embeddings, overrides and isolates: they can show text backwards, or hide what it says. */
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

// Spaces, controls, format characters (zero-width space, direction marks) and the code points
// Unicode says to draw as nothing (Hangul fillers, variation selectors), and the braille blank,
// which draws as a blank.
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u;

// Where a line may break without a hyphen: spaces, and the zero-width space.
const BREAK = /[\p{White_Space}\u200B]+/u;

/** The first embedding, override or isolate control in `text`, as U+202E; null if none. */
export function directionControlIn(text: string): string | null {
  const found = DIRECTION_CONTROL.exec(text)?.[0];
  if (found === undefined) return null;
  return `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** True when `text` holds at least one character that shows on the screen. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

// One code point in two UTF-16 units: an emoji, say.
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** The longest run of characters with no place to break the line. */
export function longestWord(text: string): string {
  let longest = '';
  let most = 0;
  for (const word of text.split(BREAK)) {
    // A word is never longer than its UTF-16 length: most words need no counting.
    if (word.length <= most) continue;
    const count = length(word);
    if (count > most) {
      longest = word;
      most = count;
    }
  }
  return longest;
}

/** Characters as a person counts them (code points, so an emoji is one, not two). */
export function length(text: string): number {
  return text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
}
