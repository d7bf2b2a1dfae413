import { describe, expect, it } from 'vitest';
import { growth, judgeMemory, judgeRss, spreadOf, type MemoryPoint } from './memory-verdict.ts';

const point = (sessions: number, over: Partial<MemoryPoint> = {}): MemoryPoint => ({
  sessions,
  heapMb: 10,
  nodes: 1000,
  elements: 300,
  listeners: 200,
  detachedNodes: 0,
  ...over,
});

describe('judgeMemory', () => {
  it('passes flat figures', () => {
    const verdict = judgeMemory([point(20), point(100), point(500), point(1000)]);
    expect(verdict.heap).toBe('within');
    expect(verdict.pass).toBe(true);
  });

  it('accepts a heap that grew early and then levelled off (last three within 1%)', () => {
    const verdict = judgeMemory([
      point(20, { heapMb: 10 }),
      point(100, { heapMb: 11.4 }),
      point(500, { heapMb: 11.45 }),
      point(1000, { heapMb: 11.5 }),
    ]);
    expect(verdict.heapRatio).toBeCloseTo(1.15);
    expect(verdict.heapLastThreeSpread).toBeCloseTo(0.1 / 11.4);
    expect(verdict.heap).toBe('levels off');
    expect(verdict.pass).toBe(true);
  });

  it('fails a heap still growing at the end', () => {
    const verdict = judgeMemory([
      point(20, { heapMb: 10 }),
      point(100, { heapMb: 10.5 }),
      point(500, { heapMb: 11 }),
      point(1000, { heapMb: 11.5 }),
    ]);
    expect(verdict.heap).toBe('grows');
    expect(verdict.pass).toBe(false);
  });

  it('cannot call a heap level from fewer than three points after the first', () => {
    const verdict = judgeMemory([point(20, { heapMb: 10 }), point(1000, { heapMb: 11 })]);
    expect(verdict.heapLastThreeSpread).toBeNaN();
    expect(verdict.heap).toBe('grows');
  });

  it.each(['nodes', 'listeners', 'detachedNodes'] as const)(
    'fails %s growing past 1.05x even when the heap is flat',
    (key) => {
      const first = point(20, { [key]: 100 });
      const verdict = judgeMemory([first, point(1000, { [key]: 106 })]);
      expect(verdict.counts[key].within).toBe(false);
      expect(verdict.pass).toBe(false);
      expect(judgeMemory([first, point(1000, { [key]: 105 })]).counts[key].within).toBe(true);
    },
  );

  it('treats detached nodes appearing from none as growth', () => {
    const verdict = judgeMemory([point(20), point(1000, { detachedNodes: 3 })]);
    expect(verdict.counts.detachedNodes.ratio).toBe(Number.POSITIVE_INFINITY);
    expect(verdict.pass).toBe(false);
  });

  it('needs two points', () => {
    expect(() => judgeMemory([point(20)])).toThrow(/two points/);
  });
});

describe('growth and spreadOf', () => {
  it('count nothing after nothing as no growth', () => {
    expect(growth(0, 0)).toBe(1);
    expect(growth(4, 5)).toBe(1.25);
    expect(spreadOf([10, 10.1, 10.05])).toBeCloseTo(0.01);
  });
});

describe('judgeRss', () => {
  it('compares every sample after 1,000 visitors with the one at 1,000', () => {
    const verdict = judgeRss([
      { visitors: 20, rssMb: 60 },
      { visitors: 1000, rssMb: 100 },
      { visitors: 5000, rssMb: 112 },
      { visitors: 10_000, rssMb: 105 },
    ]);
    expect(verdict?.baseline.visitors).toBe(1000);
    expect(verdict?.highest.visitors).toBe(5000);
    expect(verdict?.growth).toBeCloseTo(0.12);
    expect(verdict?.within).toBe(false);
  });

  it('passes growth up to 10% and ignores what happened before 1,000', () => {
    const verdict = judgeRss([
      { visitors: 20, rssMb: 50 },
      { visitors: 1000, rssMb: 100 },
      { visitors: 2000, rssMb: 110 },
    ]);
    expect(verdict?.within).toBe(true);
  });

  it('says nothing before there is a sample after 1,000 visitors', () => {
    expect(
      judgeRss([
        { visitors: 20, rssMb: 50 },
        { visitors: 60, rssMb: 51 },
      ]),
    ).toBeUndefined();
    expect(judgeRss([{ visitors: 1000, rssMb: 50 }])).toBeUndefined();
  });
});
