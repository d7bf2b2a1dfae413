const PHONE = /\((\d{3})\)\s*(\d{3})-(\d{4})/g;

/**
 * Text as a voice should say it: phone numbers digit by digit in their three groups (a
 * synthesiser reads "227" as a quantity), and whitespace from the layout collapsed.
 */
export function forSpeech(text: string): string {
  const spaced = (digits: string): string => digits.split('').join(' ');
  return text
    .replace(PHONE, (_match, area: string, prefix: string, line: string) =>
      [area, prefix, line].map(spaced).join(', '),
    )
    .replace(/\s+/g, ' ')
    .trim();
}
