import { afterEach, describe, expect, it } from 'vitest';
import { INTERACTIVE_MARK, markInteractive } from './render-marks.ts';

const marks = () => performance.getEntriesByName(INTERACTIVE_MARK, 'mark');

describe('markInteractive', () => {
  afterEach(() => performance.clearMarks(INTERACTIVE_MARK));

  it('marks the page interactive', () => {
    markInteractive();
    expect(marks()).toHaveLength(1);
  });

  it('keeps the first mark and adds no other', () => {
    markInteractive();
    const [first] = marks();
    markInteractive();
    expect(marks()).toEqual([first]);
  });
});
