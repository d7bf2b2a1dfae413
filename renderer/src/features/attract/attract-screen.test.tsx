import { cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { paintedMark } from '../../lib/mark-once.ts';
import { ATTRACT_RENDERED_MARK } from '../../lib/render-marks.ts';
import { renderApp } from '../../test-support/render-app.tsx';

const marks = (name: string) => performance.getEntriesByName(name, 'mark');

describe('AttractScreen', () => {
  afterEach(() => {
    cleanup();
    performance.clearMarks(ATTRACT_RENDERED_MARK);
    performance.clearMarks(paintedMark(ATTRACT_RENDERED_MARK));
  });

  it('marks its first render, then its paint, for the start-up benchmark', async () => {
    await renderApp({ name: 'attract' });
    expect(marks(ATTRACT_RENDERED_MARK)).toHaveLength(1);
    await waitFor(() => expect(marks(paintedMark(ATTRACT_RENDERED_MARK))).toHaveLength(1));
  });

  it('does not mark a later visit to the attract screen again', async () => {
    await renderApp({ name: 'attract' });
    cleanup();
    await renderApp({ name: 'attract' });
    expect(marks(ATTRACT_RENDERED_MARK)).toHaveLength(1);
  });
});
