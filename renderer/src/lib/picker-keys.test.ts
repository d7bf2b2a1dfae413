import { describe, expect, it } from 'vitest';
import { indexAfterKey } from './picker-keys.ts';

describe('arrow keys in a grid of choices', () => {
  it('moves sideways and by rows, staying on the grid', () => {
    expect(indexAfterKey(0, 'ArrowRight', 12, 6)).toBe(1);
    expect(indexAfterKey(0, 'ArrowDown', 12, 6)).toBe(6);
    expect(indexAfterKey(7, 'ArrowUp', 12, 6)).toBe(1);
    expect(indexAfterKey(0, 'ArrowLeft', 12, 6)).toBe(0);
    expect(indexAfterKey(11, 'ArrowDown', 12, 6)).toBe(11);
    expect(indexAfterKey(3, 'Tab', 12, 6)).toBeNull();
  });
});
