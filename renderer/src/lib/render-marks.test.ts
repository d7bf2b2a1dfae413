import { afterEach, describe, expect, it } from 'vitest';
import {
  INTERACTIVE_MARK,
  markInteractive,
  settleInteractive,
  whenInteractive,
} from './render-marks.ts';

const marks = () => performance.getEntriesByName(INTERACTIVE_MARK, 'mark');

describe('markInteractive', () => {
  afterEach(() => performance.clearMarks(INTERACTIVE_MARK));

  it('marks the page interactive', () => {
    markInteractive();
    expect(marks()).toHaveLength(1);
  });

  it('settles whenInteractive only once the effects have run, not at the mark', async () => {
    let settled = false;
    void whenInteractive.then(() => (settled = true));
    markInteractive();
    await Promise.resolve();
    expect(settled).toBe(false);
    settleInteractive();
    await whenInteractive;
    expect(settled).toBe(true);
  });

  it('keeps the first mark and adds no other', () => {
    markInteractive();
    const [first] = marks();
    markInteractive();
    expect(marks()).toEqual([first]);
  });
});
