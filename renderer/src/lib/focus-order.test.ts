// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { focusScope, nextControl } from './focus-order.ts';

function page(markup: string) {
  document.body.innerHTML = markup;
  const byText = (text: string) =>
    [...document.querySelectorAll<HTMLElement>('h1, button, section')].find(
      (el) => el.textContent === text || el.getAttribute('aria-label') === text,
    )!;
  const step = (from: string | null, by: 1 | -1) =>
    nextControl(focusScope(document), from === null ? null : byText(from), by)?.textContent;
  return { step };
}

const SCREEN = `
  <main tabindex="0"><h1 tabindex="-1">Title</h1><button>One</button>
    <section aria-label="Text" tabindex="0"><p>Long</p></section>
    <button disabled>Off</button><button>Two</button></main>
  <footer><button>Home</button></footer>`;

describe('nextControl', () => {
  it('moves through the controls in reading order, past headings and scrolling text', () => {
    const { step } = page(SCREEN);
    expect(step('Title', 1)).toBe('One');
    expect(step('One', 1)).toBe('Two');
    expect(step('Two', 1)).toBe('Home');
    expect(step('Two', -1)).toBe('One');
    expect(step('Text', 1)).toBe('Two');
    expect(step('Title', -1)).toBe('Home');
  });

  it('goes round at the ends, and starts at an end with nothing focused', () => {
    const { step } = page(SCREEN);
    expect(step('Home', 1)).toBe('One');
    expect(step('One', -1)).toBe('Home');
    expect(step(null, 1)).toBe('One');
    expect(step(null, -1)).toBe('Home');
  });

  it('stays inside an open dialog', () => {
    const { step } = page(
      `${SCREEN}<div role="dialog" aria-modal="true"><button>Close</button><button>Big</button></div>`,
    );
    expect(step('Close', 1)).toBe('Big');
    expect(step('Big', 1)).toBe('Close');
    expect(step('One', 1)).toBe('Close');
  });
});
