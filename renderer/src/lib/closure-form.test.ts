import { describe, expect, it } from 'vitest';
import { closureFormProblem, newClosure, withKind, withStartDate } from './closure-form.ts';

const today = newClosure('2026-12-11');

describe('the closure form', () => {
  it('starts as today, all day, with no note', () => {
    expect(today).toEqual({
      startDate: '2026-12-11',
      endDate: '2026-12-11',
      kind: 'closed',
      time: '',
      note: { en: '', es: '' },
    });
    expect(closureFormProblem(today)).toBeNull();
  });

  it('gives an early closing or a late opening a time, and a whole day none', () => {
    const early = withKind(today, 'closes-early');
    expect(early.time).toBe('12:00');
    expect(withKind({ ...early, time: '15:00' }, 'opens-late').time).toBe('15:00');
    expect(withKind(early, 'closed').time).toBe('');
  });

  it('keeps a one-day closure one day, and never ends before it starts', () => {
    expect(withStartDate(today, '2026-12-24')).toMatchObject({
      startDate: '2026-12-24',
      endDate: '2026-12-24',
    });
    const span = { ...today, endDate: '2026-12-31' };
    expect(withStartDate(span, '2026-12-20').endDate).toBe('2026-12-31');
    expect(withStartDate(span, '2027-01-05').endDate).toBe('2027-01-05');
  });

  it('says what is missing', () => {
    expect(closureFormProblem({ ...today, startDate: '', endDate: '' })).toBe(
      'Choose the first day.',
    );
    expect(closureFormProblem({ ...today, endDate: '2026-12-10' })).toBe(
      'The last day must not be before the first day.',
    );
    expect(closureFormProblem({ ...today, kind: 'opens-late' })).toBe('Choose the time.');
  });
});
