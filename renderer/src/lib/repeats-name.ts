import { foldTerm } from './search-terms.ts';

/** Whether `text` already says `name` (any case or accents), so the name need not stand twice. */
export function repeatsName(text: string, name: string): boolean {
  return name.trim() !== '' && foldTerm(text).includes(foldTerm(name.trim()));
}
