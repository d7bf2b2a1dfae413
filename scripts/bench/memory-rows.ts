import {
  GROWTH_LIMIT,
  growth,
  judgeMemory,
  judgeRss,
  LEVEL_LIMIT,
  RSS_LIMIT,
  type MemoryPoint,
  type RssSample,
} from './memory-verdict.ts';

/** measure, figure, target, and whether the figure meets the target (undefined: no target). */
export type MemoryRow = [measure: string, figure: string, target?: string, within?: boolean];

const GROWTH = `<= ${String(GROWTH_LIMIT)}x`;
const LEVEL = `<= ${String(LEVEL_LIMIT * 100)}%`;

const thousands = (n: number) => n.toLocaleString('en-US');
const ratio = (n: number) => (Number.isFinite(n) ? `${n.toFixed(3)}x` : 'from none');
const percent = (n: number) => (Number.isNaN(n) ? 'n/a' : `${(n * 100).toFixed(2)}%`);

/**
 * The memory rows the bench and the soak both print: every point of every figure, then its
 * growth from the first point to the last against the target; `unit` names what was counted.
 */
export function memoryRows(points: readonly MemoryPoint[], unit: string): MemoryRow[] {
  const verdict = judgeMemory(points);
  const at = points.map((p) => thousands(p.sessions)).join(' / ');
  const series = (pick: (p: MemoryPoint) => string) => points.map(pick).join(' / ');
  const span = `${thousands(verdict.last.sessions)} / ${thousands(verdict.first.sessions)}`;
  const counted = (label: string, key: 'nodes' | 'listeners' | 'detachedNodes'): MemoryRow[] => [
    [`${label} after ${at} ${unit}`, series((p) => String(p[key]))],
    [
      `  ${label} ratio ${span}`,
      ratio(verdict.counts[key].ratio),
      GROWTH,
      verdict.counts[key].within,
    ],
  ];
  return [
    [`JS heap, V8's used size, after ${at} ${unit} (MB)`, series((p) => p.heapMb.toFixed(2))],
    [
      `  ratio ${span} (JIT code included, not judged)`,
      ratio(growth(verdict.first.heapMb, verdict.last.heapMb)),
    ],
    ['  compiled code in it, heap snapshot (MB)', series((p) => p.codeMb.toFixed(2))],
    [
      '  JS objects in it, heap snapshot, code left out (MB)',
      series((p) => p.objectsMb.toFixed(2)),
    ],
    [
      `  JS objects ratio ${span}`,
      ratio(verdict.objectsRatio),
      GROWTH,
      verdict.objectsRatio <= GROWTH_LIMIT,
    ],
    [
      '  JS objects, spread of the last three points',
      percent(verdict.objectsLastThreeSpread),
      LEVEL,
      // No verdict where there are too few points to have a spread.
      Number.isNaN(verdict.objectsLastThreeSpread)
        ? undefined
        : verdict.objectsLastThreeSpread <= LEVEL_LIMIT,
    ],
    [
      '  JS objects verdict (meets the ratio, or levels off)',
      verdict.objects,
      '',
      verdict.objects !== 'grows',
    ],
    ...counted('DOM nodes (CDP)', 'nodes'),
    ...counted('event listeners', 'listeners'),
    ...counted('detached DOM nodes', 'detachedNodes'),
    [`elements in the document after ${at} ${unit}`, series((p) => String(p.elements))],
  ];
}

/** The browser shell's server process: its resident set after 1,000 visitors and after. */
export function rssRows(samples: readonly RssSample[]): MemoryRow[] {
  const rows: MemoryRow[] = [
    [
      `server RSS after ${samples.map((s) => thousands(s.visitors)).join(' / ')} visitors (MB)`,
      samples.map((s) => s.rssMb.toFixed(1)).join(' / '),
    ],
  ];
  const verdict = judgeRss(samples);
  if (!verdict) {
    rows.push([
      '  server RSS growth after 1,000 visitors',
      'too few visitors to tell',
      `<= ${String(RSS_LIMIT * 100)}%`,
    ]);
    return rows;
  }
  rows.push([
    `  server RSS growth, highest after ${thousands(verdict.baseline.visitors)} visitors (at ${thousands(verdict.highest.visitors)})`,
    percent(verdict.growth),
    `<= ${String(RSS_LIMIT * 100)}%`,
    verdict.within,
  ]);
  return rows;
}
