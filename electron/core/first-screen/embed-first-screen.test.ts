import { describe, expect, it } from 'vitest';
import { FIRST_HOME_ID, FIRST_SCREEN_STATE_ID } from '../../contract/first-screen.ts';
import { makeContent } from '../test-support/make-content.ts';
import { embedFirstScreen } from './embed-first-screen.ts';

const TEMPLATE =
  '<!doctype html><html lang="en"><head><script type="module" src="/a.js"></script></head>' +
  '<body><div id="root"></div></body></html>';

/** The JSON block as a browser would read it back. */
function stateIn(page: string): unknown {
  const open = `<script type="application/json" id="${FIRST_SCREEN_STATE_ID}">`;
  const start = page.indexOf(open) + open.length;
  return JSON.parse(page.slice(start, page.indexOf('</script>', start)));
}

describe('embedFirstScreen', () => {
  it('puts the screen in the root, home hidden beside it, and the state in a JSON block', () => {
    const state = { revision: 3, content: makeContent(), renderedAt: 1_700_000_000_000 };
    const page = embedFirstScreen(
      TEMPLATE,
      { screen: '<main>Hello</main>', home: '<main>Home</main>' },
      state,
    );
    expect(page).toContain(
      `<div id="root"><main>Hello</main></div><div id="${FIRST_HOME_ID}" hidden><main>Home</main></div>` +
        `<script type="application/json" id="${FIRST_SCREEN_STATE_ID}">`,
    );
    expect(page.endsWith('</body></html>')).toBe(true);
    expect(stateIn(page)).toEqual(state);
  });

  it('sends no empty home: a touch before React then waits for React, as it always did', () => {
    const state = { revision: 3, content: makeContent(), renderedAt: 0 };
    const page = embedFirstScreen(TEMPLATE, { screen: '<main>Hello</main>', home: '' }, state);
    expect(page).not.toContain(FIRST_HOME_ID);
  });

  it('keeps text that looks like markup from ending the block, and reads it back the same', () => {
    const content = makeContent();
    const sneaky = '</script><script>alert(1)</script><!-- & \u2028';
    content.programs[0]!.title.en = sneaky;
    const state = { revision: 1, content, renderedAt: 0 };
    const page = embedFirstScreen(TEMPLATE, { screen: '', home: '' }, state);
    expect(page).not.toContain('</script><script>alert(1)');
    expect(page.match(/<\/script>/g)).toHaveLength(2);
    expect((stateIn(page) as typeof state).content.programs[0]!.title.en).toBe(sneaky);
  });

  it('refuses a page without an empty root rather than serve a broken one', () => {
    expect(() =>
      embedFirstScreen(
        '<body><div id="root">x</div></body>',
        { screen: '', home: '' },
        {
          revision: 1,
          content: makeContent(),
          renderedAt: 0,
        },
      ),
    ).toThrow('index.html has no empty <div id="root"></div> to render into');
  });
});
