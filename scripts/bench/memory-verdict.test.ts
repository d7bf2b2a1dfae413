import { describe, expect, it } from 'vitest';
import { growth, judgeMemory, judgeRss, spreadOf, type MemoryPoint } from './memory-verdict.ts';

const point = (sessions: number, over: Partial<MemoryPoint> = {}): MemoryPoint => ({
  sessions,
  heapMb: 14,
  objectsMb: 10,
  codeMb: 3,
  nodes: 1000,
  elements: 300,
  listeners: 200,
  detachedNodes: 0,
  ...over,
});

describe('judgeMemory', () => {
  it('judges JS objects, not compiled code growing as the JIT optimizes more', () => {
    const verdict = judgeMemory([
      point(20, { heapMb: 4.3, codeMb: 2.36 }),
      point(100, { heapMb: 4.49, codeMb: 2.55 }),
      point(500, { heapMb: 4.74, codeMb: 2.8 }),
      point(1000, { heapMb: 5.04, codeMb: 3.1 }),
    ]);
    expect(verdict.objects).toBe('within');
    expect(verdict.pass).toBe(true);
  });

  it('passes flat figures', () => {
    const verdict = judgeMemory([point(20), point(100), point(500), point(1000)]);
    expect(verdict.objects).toBe('within');
    expect(verdict.pass).toBe(true);
  });

  it('accepts objects that grew early and then levelled off (last three within 1%)', () => {
    const verdict = judgeMemory([
      point(20, { objectsMb: 10 }),
      point(100, { objectsMb: 11.4 }),
      point(500, { objectsMb: 11.45 }),
      point(1000, { objectsMb: 11.5 }),
    ]);
    expect(verdict.objectsRatio).toBeCloseTo(1.15);
    expect(verdict.objectsLastThreeSpread).toBeCloseTo(0.1 / 11.4);
    expect(verdict.objects).toBe('levels off');
    expect(verdict.pass).toBe(true);
  });

  it('fails objects still growing at the end', () => {
    const verdict = judgeMemory([
      point(20, { objectsMb: 10 }),
      point(100, { objectsMb: 10.5 }),
      point(500, { objectsMb: 11 }),
      point(1000, { objectsMb: 11.5 }),
    ]);
    expect(verdict.objects).toBe('grows');
    expect(verdict.pass).toBe(false);
  });

  it('cannot call objects level from fewer than three points after the first', () => {
    const verdict = judgeMemory([point(20, { objectsMb: 10 }), point(1000, { objectsMb: 11 })]);
    expect(verdict.objectsLastThreeSpread).toBeNaN();
    expect(verdict.objects).toBe('grows');
  });

  it.each(['nodes', 'listeners', 'detachedNodes'] as const)(
    'fails %s growing past 1.05x even when the objects are flat',
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
