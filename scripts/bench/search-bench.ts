import { performance } from 'node:perf_hooks';
import type { Content } from '../../electron/contract/content-schema.ts';
import { buildSearchIndex, search } from '../../renderer/src/lib/search-index.ts';
import { median, percentile } from './stats.ts';

const QUERIES = ['reimburse', 'certificate', 'regulations', 'library services', '227-4253'];

/** Times each keystroke: a search for every prefix of a few typical queries. */
export function timeKeystrokes(content: Content): { median: number; p95: number } {
  const index = buildSearchIndex(content, 'en');
  const times: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    for (const query of QUERIES) {
      for (let end = 1; end <= query.length; end += 1) {
        const start = performance.now();
        search(index, query.slice(0, end));
        times.push(performance.now() - start);
      }
    }
  }
  return { median: median(times), p95: percentile(times, 95) };
}

/** The default content grown to 1,000 programs of varied synthetic text. */
export function syntheticContent(content: Content, count: number): Content {
  const words = ['training', 'budget', 'audit', 'records', 'travel', 'grants', 'policy', 'forms'];
  const programs = Array.from({ length: count }, (_, i) => {
    const base = content.programs[i % content.programs.length]!;
    const extra = `${words[i % words.length]!} ${words[(i * 3) % words.length]!} item ${String(i)}`;
    return {
      ...base,
      id: `${base.id}-${String(i)}`,
      title: { en: `${base.title.en} ${extra}`, es: '' },
      description: [...base.description, { en: extra, es: '' }],
    };
  });
  return { ...content, programs };
}
