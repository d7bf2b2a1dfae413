import { describe, expect, it, vi } from 'vitest';
import { loadDigitFaces } from './load-digit-faces.ts';

describe('loadDigitFaces', () => {
  it('asks for both weights of the digit face, with a digit to load it for', () => {
    const load = vi.fn(() => Promise.resolve([]));
    loadDigitFaces({ load });
    expect(load.mock.calls).toEqual([
      ['400 1em "Kiosk Digits"', '0'],
      ['700 1em "Kiosk Digits"', '0'],
    ]);
  });

  it('lets a face that cannot load go (the system digits stand in)', async () => {
    const load = vi.fn(() => Promise.reject(new Error('offline')));
    expect(() => loadDigitFaces({ load })).not.toThrow();
    await Promise.resolve();
  });
});
