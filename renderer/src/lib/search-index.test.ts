import { describe, expect, it } from 'vitest';
import { defaultContent } from '../test-support/default-content.ts';
import { buildSearchIndex, search, type SearchHit } from './search-index.ts';

const english = buildSearchIndex(defaultContent(), 'en');
const spanish = buildSearchIndex(defaultContent(), 'es');

const first = (hits: SearchHit[]) => hits[0];
const programIds = (hits: SearchHit[]) =>
  hits.flatMap((hit) => (hit.kind === 'privacy' ? [] : [hit.programId]));

describe('search', () => {
  it.each([
    ['reimburse', 'training-reimbursement'],
    ['certificate', 'professional-certificates'],
    ['regulations', 'rule-making'],
    ['PAM', 'rule-making'],
    ['forms', 'graphic-design'],
    ['library', 'library'],
    ['dispatcher', 'professional-certificates'],
    ['refund', 'training-reimbursement'],
  ])('finds "%s" in the program %s', (query, programId) => {
    expect(programIds(search(english, query))).toContain(programId);
  });

  it('leaves out a program staff have hidden, and its numbers', () => {
    const content = defaultContent();
    content.programs.find((p) => p.id === 'training-reimbursement')!.hidden = true;
    const index = buildSearchIndex(content, 'en');
    expect(programIds(search(index, 'reimburse'))).not.toContain('training-reimbursement');
    expect(search(index, '4840')).toEqual([]);
  });

  it('finds a phone number by its digits, with or without punctuation', () => {
    for (const query of ['4253', '227-4253', '(916) 227-4253']) {
      expect(search(english, query)).toContainEqual(
        expect.objectContaining({ kind: 'phone', phone: '(916) 227-4253' }),
      );
    }
  });

  it('finds the privacy notice', () => {
    expect(search(english, 'cookies').map((hit) => hit.kind)).toContain('privacy');
  });

  it('ignores case and accents, in Spanish too', () => {
    expect(programIds(search(spanish, 'Reembolsó'))).toContain('training-reimbursement');
    expect(programIds(search(spanish, 'REEMBOLSO'))).toContain('training-reimbursement');
    expect(programIds(search(spanish, 'capacitacion'))).toContain('training-reimbursement');
  });

  it('finds nothing for nonsense or for nothing', () => {
    expect(search(english, 'zzzzqx')).toEqual([]);
    expect(search(english, '   ')).toEqual([]);
  });

  it('puts the program whose title matches first', () => {
    expect(first(search(english, 'library'))).toMatchObject({ programId: 'library' });
  });
});
