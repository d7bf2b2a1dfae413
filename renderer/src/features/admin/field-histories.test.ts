// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { forgetHistories, isReplaying, noteChange, stepHistory } from './field-histories.ts';

function field(path: string, value: string) {
  const input = document.createElement('input');
  input.dataset.path = path;
  input.value = value;
  const seen: boolean[] = [];
  input.addEventListener('input', () => seen.push(isReplaying()));
  return { input, seen };
}

describe('each field’s undo history', () => {
  afterEach(forgetHistories);

  it('undoes and redoes through the input event, marked as a replay', () => {
    const { input, seen } = field('programs.1.units.0.phone', '(916) 227-4899');
    noteChange('programs.1.units.0.phone', '(916) 227-4840');
    expect(stepHistory(input, 'undo')).toBe(true);
    expect(input.value).toBe('(916) 227-4840');
    expect(stepHistory(input, 'redo')).toBe(true);
    expect(input.value).toBe('(916) 227-4899');
    expect(seen).toEqual([true, true]);
    expect(isReplaying()).toBe(false);
  });

  it('keeps one history per field, and none for a field without a path', () => {
    noteChange('a', 'old a');
    const b = field('b', 'b now');
    expect(stepHistory(b.input, 'undo')).toBe(false);
    expect(b.input.value).toBe('b now');
    const bare = document.createElement('input');
    expect(stepHistory(bare, 'undo')).toBe(false);
  });
});
