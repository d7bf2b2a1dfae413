import { afterEach, describe, expect, it } from 'vitest';
import { markOnce } from './mark-once.ts';

const NAME = 'kiosk:test-mark';

describe('markOnce', () => {
  afterEach(() => performance.clearMarks(NAME));

  it('marks the first time and never again', () => {
    markOnce(NAME);
    const [first] = performance.getEntriesByName(NAME, 'mark');
    markOnce(NAME);

    const marks = performance.getEntriesByName(NAME, 'mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toBe(first);
  });
});
