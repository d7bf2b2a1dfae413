import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC_IMAGE_DIR, DOC_IMAGES } from './doc-images.ts';

const guides = readdirSync('docs').filter((name) => name.endsWith('.md'));
const referenced = guides.flatMap((guide) =>
  [...readFileSync(join('docs', guide), 'utf8').matchAll(/\]\(images\/([^)]+)\)/g)].map(
    (match) => match[1]!,
  ),
);
/** The e2e specs' text: every screenshot name is written there, as shoot()'s argument or in a table. */
const specs = readdirSync('tests/e2e')
  .filter((name) => name.endsWith('.spec.ts'))
  .map((spec) => readFileSync(join('tests/e2e', spec), 'utf8'))
  .join('\n');

describe('the guides’ pictures', () => {
  it('are in the guides, and the guides show no picture that is not in the list', () => {
    expect(referenced.length).toBeGreaterThan(0);
    expect(new Set(referenced)).toEqual(new Set(Object.keys(DOC_IMAGES)));
  });

  it('are committed in docs/images', () => {
    for (const image of Object.keys(DOC_IMAGES)) {
      expect(existsSync(join(DOC_IMAGE_DIR, image)), image).toBe(true);
    }
  });

  it('each come from a screenshot an e2e test takes', () => {
    for (const screenshot of Object.values(DOC_IMAGES)) {
      const name = screenshot.replace(/^(portrait|landscape)-/, '').replace(/\.png$/, '');
      expect(specs.includes(`'${name}'`), screenshot).toBe(true);
    }
  });
});
