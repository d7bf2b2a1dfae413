import { describe, expect, it } from 'vitest';
import { memoryRows, rssRows } from './memory-rows.ts';
import type { MemoryPoint } from './memory-verdict.ts';

const point = (sessions: number, objectsMb: number, detachedNodes = 0): MemoryPoint => ({
  sessions,
  heapMb: objectsMb + 3,
  objectsMb,
  codeMb: 2.5,
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
    expect(byName('JS heap, ')).toEqual([
      "JS heap, V8's used size, after 20 / 100 / 500 / 1,000 sessions (MB)",
      '7.00 / 7.60 / 7.62 / 7.64',
    ]);
    expect(byName('  ratio 1,000 / 20')).toEqual([
      '  ratio 1,000 / 20 (JIT code included, not judged)',
      '1.091x',
    ]);
    expect(byName('  compiled code')?.[1]).toBe('2.50 / 2.50 / 2.50 / 2.50');
    expect(byName('  JS objects in it')?.[1]).toBe('4.00 / 4.60 / 4.62 / 4.64');
    expect(byName('  JS objects ratio')?.slice(1)).toEqual(['1.160x', '<= 1.05x', false]);
    expect(byName('  JS objects, spread')?.slice(1)).toEqual(['0.87%', '<= 1%', true]);
    expect(byName('  JS objects verdict')?.[1]).toBe('levels off');
    expect(byName('  JS objects verdict')?.[3]).toBe(true);
  });

  it('gives no level verdict from two points, and fails detached nodes appearing', () => {
    const rows = memoryRows([point(20, 4), point(60, 4.1, 12)], 'visitors');
    const spread = rows.find(([measure]) => measure.startsWith('  JS objects, spread'));
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
