import { describe, expect, it } from 'vitest';
import { blockRenderOnEntry } from './block-render-on-entry.ts';

describe('blockRenderOnEntry', () => {
  it('holds the first paint for the entry script, and for nothing else', () => {
    const page = [
      '<link rel="stylesheet" crossorigin href="/assets/index-C.css">',
      '<script type="module" crossorigin src="/assets/index-A.js"></script>',
      '<script type="application/json" id="state">{}</script>',
    ].join('\n');
    expect(blockRenderOnEntry(page).split('\n')).toEqual([
      '<link rel="stylesheet" crossorigin href="/assets/index-C.css">',
      '<script type="module" blocking="render" crossorigin src="/assets/index-A.js"></script>',
      '<script type="application/json" id="state">{}</script>',
    ]);
  });

  it('stops the build when the page has no entry script, or more than one', () => {
    expect(() => blockRenderOnEntry('<head></head>')).toThrow(
      'Expected one entry script in index.html, found 0',
    );
    const two =
      '<script type="module" src="/a.js"></script><script type="module" src="/b.js"></script>';
    expect(() => blockRenderOnEntry(two)).toThrow(
      'Expected one entry script in index.html, found 2',
    );
  });
});
