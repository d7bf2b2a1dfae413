import { describe, expect, it } from 'vitest';
import { defaultContent } from '../test-support/default-content.ts';
import { buildSearchIndex, search, type SearchHit } from './search-index.ts';

const english = buildSearchIndex(defaultContent(), 'en');
const spanish = buildSearchIndex(defaultContent(), 'es');

const first = (hits: SearchHit[]) => hits[0];
const programIds = (hits: SearchHit[]) =>
  hits.flatMap((hit) => ('programId' in hit ? [hit.programId] : []));

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

  it.each(['2274840', '227 4840', '916-227-4840', '(916)2274840', '9162274840', '7484'])(
    'finds a number by any run of four or more digits, punctuated or not: %s',
    (query) => {
      expect(search(english, query)).toContainEqual(
        expect.objectContaining({ kind: 'phone', phone: '(916) 227-4840' }),
      );
    },
  );

  it('finds no number for a run of digits that no number holds', () => {
    expect(search(english, '4840227')).toEqual([]);
  });

  it.each([
    [english, 'biblioteca'],
    [spanish, 'library'],
    [english, 'reembolso'],
    [spanish, 'reimbursement'],
  ])('looks every word up in both languages (%#)', (index, query) => {
    expect(programIds(search(index, query)).length).toBeGreaterThan(0);
  });

  it('shows titles in the screen’s language whichever language matched', () => {
    expect(first(search(english, 'biblioteca'))).toMatchObject({ title: 'Library Services' });
  });

  it.each([
    [english, 'phone'],
    [english, 'telephone'],
    [spanish, 'teléfono'],
    [english, 'teléfono'],
    [spanish, 'numero'],
  ])('lists every unit that has a number for a word asking for one (%#)', (index, query) => {
    const numbers = defaultContent()
      .programs.flatMap((program) => program.units.map((unit) => unit.phone))
      .filter((phone) => phone !== '');
    const found = search(index, query).flatMap((hit) => (hit.kind === 'phone' ? [hit.phone] : []));
    expect(new Set(found)).toEqual(new Set(numbers));
  });

  it.each([
    ['hours', 'hours'],
    ['address', 'address'],
    ['parking', 'parking'],
    ['park', 'parking'],
    ['restroom', 'restroom'],
    ['baño', 'restroom'],
    ['fax', 'fax'],
    ['email', 'email'],
    ['correo', 'email'],
  ])('sends "%s" to the reception desk', (query, topic) => {
    expect(search(english, query)).toContainEqual({ kind: 'desk', topic });
  });

  it('offers office hours for an hours word once staff entered some', () => {
    expect(search(english, 'hours')).not.toContainEqual({ kind: 'hours' });
    const content = defaultContent();
    content.hours.weekly = [{ day: 1, opens: '08:00', closes: '17:00' }];
    expect(first(search(buildSearchIndex(content, 'es'), 'horario'))).toEqual({ kind: 'hours' });
  });

  it('still finds the program beside a desk word ("library hours")', () => {
    const hits = search(english, 'library hours');
    expect(hits).toContainEqual({ kind: 'desk', topic: 'hours' });
    expect(programIds(hits)).toContain('library');
  });
});
