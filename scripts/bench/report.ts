import { mkdir, writeFile } from 'node:fs/promises';
import type { PreloadFigures } from './preload-bench.ts';
import type { PublishFigures } from './publish-bench.ts';
import { memoryRows } from './memory-rows.ts';
import type { MemoryPoint } from './memory-verdict.ts';
import { startUpRows, type StartUpFigures } from './start-up-rows.ts';
import type { Spread } from './stats.ts';

export interface Figures extends StartUpFigures {
  taps: Spread;
  search: { defaultContent: Spread; thousandEntries: Spread };
  /** Memory points after 20, 100, 500 and 1,000 sessions. */
  memory: MemoryPoint[];
  preload: PreloadFigures;
  publish: PublishFigures;
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
  return [
    ...startUpRows(f).map((cells) => row(...cells)),
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
    ...memoryRows(f.memory, 'sessions').map((cells) => row(...cells)),
    ...electronPathRows(f.preload, f.publish),
  ];
}

function electronPathRows(preload: PreloadFigures, publish: PublishFigures): Row[] {
  const { defaultContent: small, thousandPrograms: large } = publish;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    row('Electron preload.cjs, size (built file)', kb(preload.bytes)),
    row(
      `  evaluated in node:vm, fake electron; Electron itself not run (median of ${String(preload.runs)})`,
      ms(preload.medianMs),
    ),
    row(
      `publish through the core, default content (${kb(small.bytes)}), p95 (median, ${String(small.count)} runs)`,
      `${ms(small.p95)} (${small.median.toFixed(1)})`,
      '<= 30 ms',
      small.p95 <= 30,
    ),
    row(
      `publish, 1,000 programs' text in ${String(large.programs)} programs (${kb(large.bytes)}), p95 (median)`,
      `${ms(large.p95)} (${large.median.toFixed(1)})`,
      '<= 150 ms',
      large.p95 <= 150,
    ),
    row('  data folder on', publish.fileSystem),
  ];
}

/** Prints the table and writes every figure, raw and judged, to test-results/. */
export async function report(figures: Figures, seconds: number): Promise<void> {
  const table = rows(figures);
  const widths = [84, 24, 9, 4];
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
