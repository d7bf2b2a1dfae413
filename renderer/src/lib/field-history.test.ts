import { describe, expect, it } from 'vitest';
import { EMPTY_HISTORY, HISTORY_STEPS, record, redo, undo } from './field-history.ts';

const typed = (text: string) => {
  let history = EMPTY_HISTORY;
  for (let n = 1; n <= text.length; n += 1) history = record(history, text.slice(0, n - 1));
  return history;
};

describe('a field’s undo and redo', () => {
  it('undoes each change back to the start, then nothing', () => {
    let history = typed('abc');
    let value = 'abc';
    const seen: string[] = [];
    for (let step = undo(history, value); step; step = undo(history, value)) {
      ({ history, value } = step);
      seen.push(value);
    }
    expect(seen).toEqual(['ab', 'a', '']);
    expect(undo(history, value)).toBeNull();
  });

  it('redoes what was undone, and a new change forgets it', () => {
    const first = undo(typed('ab'), 'ab')!;
    expect(first.value).toBe('a');
    expect(redo(first.history, 'a')).toMatchObject({ value: 'ab' });
    const changed = record(first.history, 'a');
    expect(redo(changed, 'ax')).toBeNull();
  });

  it('keeps at least 20 steps, and no more than its limit', () => {
    const long = 'x'.repeat(HISTORY_STEPS + 30);
    let history = typed(long);
    let value = long;
    let steps = 0;
    for (let step = undo(history, value); step; step = undo(history, value)) {
      ({ history, value } = step);
      steps += 1;
    }
    expect(steps).toBeGreaterThanOrEqual(20);
    expect(steps).toBe(HISTORY_STEPS);
  });
});
