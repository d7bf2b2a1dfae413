import type { ClosureKind } from '../../../electron/contract/content-schema.ts';
import type { Closure } from './office-hours.ts';

/** Where a new early closing or late opening starts, before staff move it. */
const DEFAULT_TIME: Record<ClosureKind, string> = {
  closed: '',
  'closes-early': '12:00',
  'opens-late': '10:00',
};

/** A new closure: today, all day, no note. */
export const newClosure = (today: string): Closure => ({
  startDate: today,
  endDate: today,
  kind: 'closed',
  time: '',
  note: { en: '', es: '' },
});

/** Another kind: a whole day needs no time; an early closing or late opening needs one. */
export function withKind(closure: Closure, kind: ClosureKind): Closure {
  const time = kind === 'closed' ? '' : closure.time || DEFAULT_TIME[kind];
  return { ...closure, kind, time };
}

/**
 * Another first day. A one-day closure stays one day, and the last day is never left before
 * the first.
 */
export function withStartDate(closure: Closure, startDate: string): Closure {
  const oneDay = closure.endDate === closure.startDate || closure.endDate === '';
  const endDate = oneDay || closure.endDate < startDate ? startDate : closure.endDate;
  return { ...closure, startDate, endDate };
}

/** What stops the form being added, in words; null when it can be. */
export function closureFormProblem(closure: Closure): string | null {
  if (closure.startDate === '') return 'Choose the first day.';
  if (closure.endDate < closure.startDate) return 'The last day must not be before the first day.';
  if (closure.kind !== 'closed' && closure.time === '') return 'Choose the time.';
  return null;
}
