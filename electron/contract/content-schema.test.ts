import { describe, expect, it } from 'vitest';
import { Closure, Program, WEB_ADDRESS_MAX } from './content-schema.ts';
import { makeContent } from '../core/test-support/make-content.ts';

const program = makeContent().programs[0]!;
const address = (length: number) =>
  `https://post.ca.gov/${'a'.repeat(length - 'https://post.ca.gov/'.length)}`;

describe('a program’s web address', () => {
  it(`takes an address of ${WEB_ADDRESS_MAX} characters`, () => {
    expect(Program.safeParse({ ...program, webAddress: address(WEB_ADDRESS_MAX) }).success).toBe(
      true,
    );
  });

  it('refuses a longer one, saying how long it may be', () => {
    const result = Program.safeParse({ ...program, webAddress: address(WEB_ADDRESS_MAX + 1) });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(
      `A web address can be at most ${WEB_ADDRESS_MAX} characters`,
    );
  });
});

describe('a closure (version 5)', () => {
  const closure = {
    startDate: '2026-12-24',
    endDate: '2026-12-28',
    kind: 'closed' as const,
    time: '',
    note: { en: 'Holidays', es: 'Días festivos' },
  };
  const messages = (value: unknown) =>
    Closure.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

  it('takes a whole-day closure of several days, and an early closing with its time', () => {
    expect(messages(closure)).toEqual([]);
    expect(messages({ ...closure, kind: 'closes-early', time: '12:00' })).toEqual([]);
    expect(messages({ ...closure, kind: 'opens-late', time: '10:30' })).toEqual([]);
  });

  it('refuses a last day before the first', () => {
    expect(messages({ ...closure, endDate: '2026-12-23' })).toEqual([
      'The last day must not be before the first day',
    ]);
  });

  it('refuses an early closing without a time, and a whole-day closure with one', () => {
    const hint = 'An early closing or a late opening needs its time; a whole-day closure has none';
    expect(messages({ ...closure, kind: 'closes-early' })).toEqual([hint]);
    expect(messages({ ...closure, time: '12:00' })).toEqual([hint]);
  });
});
