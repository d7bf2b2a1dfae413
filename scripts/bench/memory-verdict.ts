// The verdicts on memory points, shared by `npm run bench` (1,000 sessions) and `npm run soak`
// (10,000 visitors), so the two can only disagree in what the page went through.

export interface MemoryProbe {
  /** V8's used heap size: objects, compiled code and V8's own bookkeeping. */
  heapMb: number;
  /**
   * The page's JavaScript objects, from a heap snapshot (heap-snapshot-sizes.ts): what a leak
   * grows, and what the heap verdict judges.
   */
  objectsMb: number;
  /** Compiled code in the same snapshot: grows while the JIT optimizes more, then levels off. */
  codeMb: number;
  /** DOM nodes the renderer process holds (CDP), detached ones not yet collected included. */
  nodes: number;
  /** Elements in the document. */
  elements: number;
  listeners: number;
  /** Nodes in detached DOM trees still held from JavaScript (CDP DOM.getDetachedDomNodes). */
  detachedNodes: number;
}

export interface MemoryPoint extends MemoryProbe {
  sessions: number;
}

/** Counts after the last point may exceed the first point's by this factor at most. */
export const GROWTH_LIMIT = 1.05;
/** The objects level off when their last three points lie within this fraction of each other. */
export const LEVEL_LIMIT = 0.01;
/** The server's RSS may grow by this fraction after the first 1,000 visitors. */
export const RSS_LIMIT = 0.1;
export const RSS_BASELINE_VISITORS = 1000;

export const COUNTS = ['nodes', 'listeners', 'detachedNodes'] as const;
type Count = (typeof COUNTS)[number];

export interface CountVerdict {
  first: number;
  last: number;
  ratio: number;
  within: boolean;
}

export interface MemoryVerdict {
  first: MemoryPoint;
  last: MemoryPoint;
  counts: Record<Count, CountVerdict>;
  /** JS objects, last point over first (compiled code and V8's bookkeeping left out). */
  objectsRatio: number;
  /** (max - min) / min of the last three points of JS objects; NaN with fewer than four. */
  objectsLastThreeSpread: number;
  objects: 'within' | 'levels off' | 'grows';
  pass: boolean;
}

/** `last / first`, where nothing after nothing is no growth at all. */
export function growth(first: number, last: number): number {
  if (first === 0) return last === 0 ? 1 : Number.POSITIVE_INFINITY;
  return last / first;
}

/** Max over min, less one: how far apart a few figures lie. */
export function spreadOf(values: readonly number[]): number {
  const min = Math.min(...values);
  return min > 0 ? Math.max(...values) / min - 1 : Number.NaN;
}

export function judgeMemory(points: readonly MemoryPoint[]): MemoryVerdict {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || points.length < 2) throw new Error('Memory needs two points at least');
  const count = (key: Count): CountVerdict => {
    const ratio = growth(first[key], last[key]);
    return { first: first[key], last: last[key], ratio, within: ratio <= GROWTH_LIMIT };
  };
  const counts = {
    nodes: count('nodes'),
    listeners: count('listeners'),
    detachedNodes: count('detachedNodes'),
  };
  // Compiled code is judged apart: the JIT keeps optimizing more of the app for hours of
  // visitors, which is not a leak, and would hide one in the objects if counted with them.
  const objectsRatio = growth(first.objectsMb, last.objectsMb);
  // The first point is the baseline, so levelling off needs three points after it.
  const objectsLastThreeSpread =
    points.length >= 4 ? spreadOf(points.slice(-3).map((p) => p.objectsMb)) : Number.NaN;
  const objects =
    objectsRatio <= GROWTH_LIMIT
      ? 'within'
      : objectsLastThreeSpread <= LEVEL_LIMIT
        ? 'levels off'
        : 'grows';
  const pass = objects !== 'grows' && COUNTS.every((key) => counts[key].within);
  return { first, last, counts, objectsRatio, objectsLastThreeSpread, objects, pass };
}

export interface RssSample {
  visitors: number;
  rssMb: number;
}

export interface RssVerdict {
  baseline: RssSample;
  highest: RssSample;
  growth: number;
  within: boolean;
}

/**
 * The server's RSS after the first 1,000 visitors against every later sample; undefined
 * until there is a sample at 1,000 or more and one after it.
 */
export function judgeRss(samples: readonly RssSample[]): RssVerdict | undefined {
  const index = samples.findIndex((s) => s.visitors >= RSS_BASELINE_VISITORS);
  const baseline = samples[index];
  const later = samples.slice(index + 1);
  if (index < 0 || !baseline || later.length === 0) return undefined;
  const highest = later.reduce((a, b) => (b.rssMb > a.rssMb ? b : a));
  const ratio = highest.rssMb / baseline.rssMb;
  return { baseline, highest, growth: ratio - 1, within: ratio <= 1 + RSS_LIMIT };
}
