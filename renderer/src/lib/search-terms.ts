/** Lower case without accents, so "Reembolsó", "reembolso" and "REEMBOLSO" are one word. */
export function foldTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Words visitors say that the agency's text does not use, mapped to words it does. Prefix
 * and fuzzy matching already cover forms of a word ("reimburse" finds "reimbursement"); this
 * covers the other words only. Keys and values are folded.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  refund: ['reimbursement', 'reimburses'],
  rules: ['regulations', 'regulation'],
  rule: ['regulations', 'regulation'],
  license: ['certificates', 'certificate'],
  licence: ['certificates', 'certificate'],
  books: ['library'],
  privacy: ['privacy'],
  reembolsar: ['reembolso', 'reembolsos'],
  reglas: ['reglamentos'],
  normas: ['reglamentos'],
  licencia: ['certificados'],
  libros: ['biblioteca'],
};

/** A query word and the agency's words it stands for. */
export function expandTerm(term: string): string[] {
  const folded = foldTerm(term);
  return [folded, ...(SYNONYMS[folded] ?? [])];
}
