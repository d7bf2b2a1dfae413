import { describe, expect, it } from 'vitest';
import { aboutHeading } from './about-heading.ts';

const FALLBACK = 'About this program';

describe('aboutHeading', () => {
  it('uses the agency heading when it adds something to the title', () => {
    expect(
      aboutHeading('Professional Certificates', 'Professional Certificates Program', FALLBACK),
    ).toBe('Professional Certificates Program');
  });

  it('uses the fallback when the agency gives no heading', () => {
    expect(aboutHeading('Contracts', '', FALLBACK)).toBe(FALLBACK);
  });

  it('uses the fallback rather than repeat the title', () => {
    expect(aboutHeading('Library Services', 'Library Services', FALLBACK)).toBe(FALLBACK);
  });
});
