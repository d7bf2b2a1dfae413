import { mkdir, writeFile } from 'node:fs/promises';
import type { MemorySnapshot } from './sessions.ts';
import type { Spread } from './stats.ts';

export interface Figures {
  startRuns: number;
  attract: number;
  tiles: number;
  touchToTiles: number;
  kioskFcp: number;
  staticFcp: number;
  taps: Spread;
  search: { defaultContent: Spread; thousandEntries: Spread };
  memory: { after20: MemorySnapshot; after500: MemorySnapshot; after1000: MemorySnapshot };
}

interface Row {
  measure: string;
  figure: string;
  target: string;
  verdict: 'pass' | 'over' | '';
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

function row(measure: string, figure: string, target = '', within?: boolean): Row {
  return { measure, figure, target, verdict: within === undefined ? '' : within ? 'pass' : 'over' };
}

function rows(f: Figures): Row[] {
  const { after20: m20, after500: m500, after1000: m1000 } = f.memory;
  const n = `median of ${String(f.startRuns)}`;
  const heapRatio = m1000.heapMb / m20.heapMb;
  const nodeRatio = m1000.nodes / m20.nodes;
  return [
    row(`static page, nav start -> first contentful paint (${n})`, ms(f.staticFcp)),
    row(`kiosk, nav start -> "Loading" first contentful paint (${n})`, ms(f.kioskFcp)),
    row(`kiosk, nav start -> attract screen painted (${n})`, ms(f.attract)),
    row(
      '  ratio to the static page',
      (f.attract / f.staticFcp).toFixed(2),
      '<= 1.3',
      f.attract / f.staticFcp <= 1.3,
    ),
    row(`kiosk, nav start -> six home tiles painted, begin touched at once (${n})`, ms(f.tiles)),
    row(
      '  ratio to the static page',
      (f.tiles / f.staticFcp).toFixed(2),
      '<= 1.3',
      f.tiles / f.staticFcp <= 1.3,
    ),
    row(`  of which touch "begin" -> home tiles painted (${n})`, ms(f.touchToTiles)),
    row(`tap -> next screen painted, p50 (${String(f.taps.count)} taps)`, ms(f.taps.median)),
    row('tap -> next screen painted, p95', ms(f.taps.p95), '<= 50 ms', f.taps.p95 <= 50),
    ...(['defaultContent', 'thousandEntries'] as const).map((key) => {
      const s = f.search[key];
      const name = key === 'defaultContent' ? 'default content' : '1,000 synthetic programs';
      return row(
        `search per keystroke, ${name}, p95 (median)`,
        `${ms(s.p95)} (${s.median.toFixed(2)})`,
        '<= 5 ms',
        s.p95 <= 5,
      );
    }),
    row(
      'JS heap after 20 / 500 / 1,000 sessions',
      [m20, m500, m1000].map((m) => m.heapMb.toFixed(2)).join(' / ') + ' MB',
    ),
    row('  JS heap ratio 1,000 / 20', heapRatio.toFixed(3), '<= 1.05', heapRatio <= 1.05),
    row(
      'DOM nodes (CDP) after 20 / 500 / 1,000',
      [m20, m500, m1000].map((m) => String(m.nodes)).join(' / '),
    ),
    row('  DOM node ratio 1,000 / 20', nodeRatio.toFixed(3), '<= 1.05', nodeRatio <= 1.05),
    row(
      'elements in the document after 20 / 1,000',
      `${String(m20.elements)} / ${String(m1000.elements)}`,
    ),
    row(
      'event listeners after 20 / 1,000',
      `${String(m20.listeners)} / ${String(m1000.listeners)}`,
    ),
  ];
}

/** Prints the table and writes every figure, raw and judged, to test-results/. */
export async function report(figures: Figures, seconds: number): Promise<void> {
  const table = rows(figures);
  const widths = [80, 24, 9, 4];
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  const out = [
    line(['measure', 'figure', 'target', 'pass/over']),
    widths.map((w) => '-'.repeat(w)).join('-|-'),
  ];
  for (const r of table) out.push(line([r.measure, r.figure, r.target, r.verdict]));
  out.push('', `The whole run took ${seconds.toFixed(0)} s.`);
  process.stdout.write(`${out.join('\n')}\n`);
  await mkdir('test-results', { recursive: true });
  const json = { measuredAt: new Date().toISOString(), seconds, figures, table };
  await writeFile('test-results/bench-results.json', `${JSON.stringify(json, null, 2)}\n`);
}
