import { describe, expect, it } from 'vitest';
import { contentFixture } from '../test-support/content-fixture.ts';
import { missingSpanish } from './missing-spanish.ts';

describe('missingSpanish', () => {
  it('names each text that has English and no Spanish, by where staff find it', () => {
    const content = contentFixture();
    const lines = missingSpanish(content);
    const contracts = content.programs.findIndex((p) => p.id === 'contracts');
    expect(lines).toContain(`Program “Contracts”: title`);
    expect(contracts).toBeGreaterThanOrEqual(0);
  });

  it('is empty once every text has Spanish', () => {
    const content = contentFixture();
    const fill = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      const text = value as { en?: unknown; es?: unknown };
      if (typeof text.en === 'string' && typeof text.es === 'string') text.es = text.en || '';
      Object.values(value).forEach(fill);
    };
    fill(content);
    expect(missingSpanish(content)).toEqual([]);
  });
});
