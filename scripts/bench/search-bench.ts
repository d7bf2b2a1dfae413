import { performance } from 'node:perf_hooks';
import type { Content } from '../../electron/contract/content-schema.ts';
import { buildSearchIndex, search } from '../../renderer/src/lib/search-index.ts';

const QUERIES = ['reimburse', 'certificate', 'regulations', 'library services', '227-4253', 'PAM'];
const ROUNDS = 20;

/**
 * Milliseconds per keystroke: one search for every prefix of a few typical queries, as the
 * screen searches on each key. A first round warms the JIT and is not counted: the kiosk runs
 * all day.
 */
export function keystrokeTimes(content: Content): number[] {
  const index = buildSearchIndex(content, 'en');
  const times: number[] = [];
  for (let round = 0; round <= ROUNDS; round += 1) {
    for (const query of QUERIES) {
      for (let end = 1; end <= query.length; end += 1) {
        const start = performance.now();
        search(index, query.slice(0, end));
        if (round > 0) times.push(performance.now() - start);
      }
    }
  }
  return times;
}

/** The default content grown to `count` programs of varied synthetic text. */
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
