import { describe, expect, it } from 'vitest';
import { repeatsName } from './repeats-name.ts';

describe('repeatsName', () => {
  it('sees the bureau’s name inside the welcome title, in either language', () => {
    const title = 'Administrative Services Bureau — Visitor information';
    expect(repeatsName(title, 'Administrative Services Bureau')).toBe(true);
    expect(
      repeatsName(
        'OFICINA DE SERVICIOS ADMINISTRATIVOS — Información',
        'Oficina de Servicios Administrativos',
      ),
    ).toBe(true);
  });

  it('keeps the name when the title does not say it, or when there is no name', () => {
    expect(repeatsName('Visitor information', 'Administrative Services Bureau')).toBe(false);
    expect(repeatsName('Visitor information', ' ')).toBe(false);
  });
});
