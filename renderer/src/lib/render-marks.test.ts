import { afterEach, describe, expect, it } from 'vitest';
import { INTERACTIVE_MARK, markInteractive, whenInteractive } from './render-marks.ts';

const marks = () => performance.getEntriesByName(INTERACTIVE_MARK, 'mark');

describe('markInteractive', () => {
  afterEach(() => performance.clearMarks(INTERACTIVE_MARK));

  it('marks the page interactive, and settles whenInteractive', async () => {
    let settled = false;
    void whenInteractive.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    markInteractive();
    expect(marks()).toHaveLength(1);
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
