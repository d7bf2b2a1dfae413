import { describe, expect, it } from 'vitest';
import { Program, WEB_ADDRESS_MAX } from './content-schema.ts';
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
