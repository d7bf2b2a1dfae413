import { describe, expect, it } from 'vitest';
import { memoryRows, rssRows } from './memory-rows.ts';
import type { MemoryPoint } from './memory-verdict.ts';

const point = (sessions: number, heapMb: number, detachedNodes = 0): MemoryPoint => ({
  sessions,
  heapMb,
  nodes: 900,
  elements: 63,
  listeners: 180,
  detachedNodes,
});

describe('memoryRows', () => {
  it('prints every point and judges the heap by its level when the ratio is over', () => {
    const rows = memoryRows(
      [point(20, 4), point(100, 4.6), point(500, 4.62), point(1000, 4.64)],
      'sessions',
    );
    const byName = (start: string) => rows.find(([measure]) => measure.startsWith(start));
    expect(byName('JS heap after')).toEqual([
      'JS heap after 20 / 100 / 500 / 1,000 sessions (MB)',
      '4.00 / 4.60 / 4.62 / 4.64',
    ]);
    expect(byName('  JS heap ratio')?.slice(1)).toEqual(['1.160x', '<= 1.05x', false]);
    expect(byName('  JS heap, spread')?.slice(1)).toEqual(['0.87%', '<= 1%', true]);
    expect(byName('  JS heap verdict')?.[1]).toBe('levels off');
    expect(byName('  JS heap verdict')?.[3]).toBe(true);
  });

  it('gives no level verdict from two points, and fails detached nodes appearing', () => {
    const rows = memoryRows([point(20, 4), point(60, 4.1, 12)], 'visitors');
    const spread = rows.find(([measure]) => measure.startsWith('  JS heap, spread'));
    expect(spread?.slice(1)).toEqual(['n/a', '<= 1%', undefined]);
    const detached = rows.find(([measure]) => measure.startsWith('  detached DOM nodes ratio'));
    expect(detached?.slice(1)).toEqual(['from none', '<= 1.05x', false]);
  });
});

describe('rssRows', () => {
  it('says when there are too few visitors to judge the server', () => {
    const rows = rssRows([
      { visitors: 20, rssMb: 100 },
      { visitors: 60, rssMb: 101 },
    ]);
    expect(rows[1]?.[1]).toBe('too few visitors to tell');
  });

  it('judges the highest sample after 1,000 visitors', () => {
    const rows = rssRows([
      { visitors: 1000, rssMb: 100 },
      { visitors: 2000, rssMb: 111 },
    ]);
    expect(rows[1]?.slice(1)).toEqual(['11.00%', '<= 10%', false]);
  });
});
