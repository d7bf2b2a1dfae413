/**
 * The seed pages as the fixtures hold them: one paragraph, heading, bullet or address line per
 * line, blank lines between paragraphs, leading spaces showing how deep a bullet is nested.
 */
export interface SeedLine {
  /** The line's words, bullet removed and whitespace runs made single spaces. */
  text: string;
  /** Leading spaces: the privacy policy nests its collected-items list inside a principle. */
  indent: number;
  bullet: boolean;
}

const BULLET = '•';

/**
 * The seeds wrap, indent and sometimes use no-break spaces (around "POST Library"), so only
 * whitespace runs are normalised: every other character, apostrophes included, must match.
 */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function seedLines(seed: string): SeedLine[] {
  return seed
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const body = line.trimStart();
      const bullet = body.startsWith(BULLET);
      return {
        text: normalizeWhitespace(bullet ? body.slice(BULLET.length) : body),
        indent: line.length - body.length,
        bullet,
      };
    });
}
