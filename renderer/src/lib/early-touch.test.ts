// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_HOME_ID } from '../../../electron/contract/first-screen.ts';
import { answerEarlyTouches } from './early-touch.ts';

const ATTRACT =
  '<main class="attract"><button class="attract__button">Touch to begin</button></main>';
const HOME =
  '<main class="home"><ul><li><button>Contracts</button></li><li><button>Library</button></li></ul></main>';

function page() {
  document.body.innerHTML = `<div id="root">${ATTRACT}</div><div id="${FIRST_HOME_ID}" hidden>${HOME}</div>`;
  return {
    root: document.getElementById('root')!,
    sent: () => document.getElementById(FIRST_HOME_ID),
    click: (element: Element | null | undefined) =>
      element!.dispatchEvent(new MouseEvent('click', { bubbles: true })),
  };
}

/** What React's render of home does to the root, in one commit. */
const renderHome = (root: HTMLElement) => () => {
  root.innerHTML = HOME;
};

describe('answerEarlyTouches', () => {
  beforeEach(() => (document.body.innerHTML = ''));

  it('answers nothing on a page sent without home', () => {
    document.body.innerHTML = `<div id="root">${ATTRACT}</div>`;
    expect(answerEarlyTouches(document)).toBeNull();
  });

  it('shows the home that was sent at a touch on "begin", in the root’s place', () => {
    const { root, sent, click } = page();
    answerEarlyTouches(document);
    click(root.querySelector('.attract__button'));
    expect(root.hidden).toBe(true);
    expect(sent()!.hidden).toBe(false);
  });

  it('leaves "begin" to React once React has claimed the page', () => {
    const { root, sent, click } = page();
    answerEarlyTouches(document)!.claim();
    click(root.querySelector('.attract__button'));
    expect(root.hidden).toBe(false);
    expect(sent()!.hidden).toBe(true);
  });

  it('keeps the root hidden until React shows home, then swaps in the same task', async () => {
    const { root, sent, click } = page();
    const early = answerEarlyTouches(document)!;
    click(root.querySelector('.attract__button'));
    let render: () => void = () => undefined;
    early.handOver(() => (render = renderHome(root)));
    expect(root.hidden).toBe(true);
    expect(sent()).not.toBeNull();
    render();
    await Promise.resolve();
    expect(root.hidden).toBe(false);
    expect(sent()).toBeNull();
  });

  it('makes the last tap on the sent home again on React’s home', async () => {
    const { root, sent, click } = page();
    const early = answerEarlyTouches(document)!;
    click(root.querySelector('.attract__button'));
    click(sent()!.querySelectorAll('button')[0]);
    click(sent()!.querySelectorAll('button')[1]);
    const opened: string[] = [];
    // React listens at its root, as here.
    root.addEventListener('click', (event) => opened.push((event.target as Element).textContent!));
    early.handOver(renderHome(root));
    expect(root.hidden).toBe(false);
    expect(opened).toEqual(['Library']);
  });

  it('makes no tap again where React’s home differs from the one sent', () => {
    const { root, sent, click } = page();
    const early = answerEarlyTouches(document)!;
    click(root.querySelector('.attract__button'));
    click(sent()!.querySelectorAll('button')[1]);
    const opened: string[] = [];
    root.addEventListener('click', (event) => opened.push((event.target as Element).textContent!));
    early.handOver(() => {
      root.innerHTML = HOME.replace('Library', 'Library Services');
    });
    expect(root.hidden).toBe(false);
    expect(opened).toEqual([]);
  });

  it('removes the unused home when no visitor touched before React', () => {
    const { root, sent } = page();
    const begin = vi.fn();
    answerEarlyTouches(document)!.handOver(begin);
    expect(begin).not.toHaveBeenCalled();
    expect(sent()).toBeNull();
    expect(root.hidden).toBe(false);
  });
});
