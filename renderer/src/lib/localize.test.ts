import { describe, expect, it } from 'vitest';
import { localize } from './localize.ts';

describe('localize', () => {
  const text = { en: 'Library Services', es: 'Servicios de biblioteca' };

  it('gives the English text in English', () => {
    expect(localize(text, 'en')).toBe('Library Services');
  });

  it('gives the Spanish text in Spanish', () => {
    expect(localize(text, 'es')).toBe('Servicios de biblioteca');
  });

  it('falls back to English when the Spanish is empty or blank', () => {
    expect(localize({ en: 'Contracts', es: '' }, 'es')).toBe('Contracts');
    expect(localize({ en: 'Contracts', es: '   ' }, 'es')).toBe('Contracts');
  });
});
