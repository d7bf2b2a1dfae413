import { FIRST_HOME_ID } from '../../../electron/contract/first-screen.ts';

const BEGIN_BUTTON = '.attract__button';
const TAPPABLE = 'button, a';

/** Child indexes from `container` down to `element`. */
function pathTo(container: Element, element: Element): number[] {
  const path: number[] = [];
  for (let at = element; at !== container && at.parentElement; at = at.parentElement) {
    path.unshift(Array.prototype.indexOf.call(at.parentElement.children, at));
  }
  return path;
}

function elementAt(container: Element, path: readonly number[]): Element | undefined {
  let at: Element | undefined = container;
  for (const index of path) at = at?.children[index];
  return at;
}

export interface EarlyTouches {
  /** React listens to the page from here on: a touch on the first screen is React's. */
  claim(): void;
  /**
   * Once React has the page: a visit begun early begins in React too, and once React shows
   * home the home that was sent gives way to it, and the last tap on it, if any, is made again
   * on React's home, so no touch is lost. Without an early begin, the sent home is removed.
   */
  handOver(begin: () => void): void;
}

/**
 * Answers a touch on "begin" that comes before React has the page, instead of ignoring it:
 * the first screen makes way for the home the shell sent hidden beside it, rendered from the
 * same state, so the tiles are there at once and React's home later replaces it unchanged.
 * Null for a page sent without that home.
 */
export function answerEarlyTouches(doc: Document): EarlyTouches | null {
  const root = doc.getElementById('root');
  const home = doc.getElementById(FIRST_HOME_ID);
  if (!root || !home) return null;
  let begun = false;
  let tap: { path: number[]; text: string | null } | null = null;
  const onBegin = (event: Event) => {
    if (!(event.target instanceof Element) || !event.target.closest(BEGIN_BUTTON)) return;
    root.removeEventListener('click', onBegin);
    begun = true;
    root.hidden = true;
    home.hidden = false;
  };
  const onTap = (event: Event) => {
    const tapped = event.target instanceof Element ? event.target.closest(TAPPABLE) : null;
    if (tapped && home.contains(tapped))
      tap = { path: pathTo(home, tapped), text: tapped.textContent };
  };
  root.addEventListener('click', onBegin);
  home.addEventListener('click', onTap);
  return {
    claim: () => root.removeEventListener('click', onBegin),
    handOver(begin) {
      home.removeEventListener('click', onTap);
      if (!begun) {
        home.remove();
        return;
      }
      // React renders home in its own time; the swap waits for it, in the task React commits
      // it (before that frame is painted), so the screen never shows anything in between.
      const shows = () => root.firstElementChild?.className === home.firstElementChild?.className;
      const swap = () => {
        observer.disconnect();
        home.remove();
        root.hidden = false;
        const again = tap ? elementAt(root, tap.path) : undefined;
        // Made again only on the same control: React's home is built as the one sent was.
        if (again?.textContent !== tap?.text) return;
        again?.dispatchEvent(
          new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1 }),
        );
      };
      const observer = new MutationObserver(() => {
        if (shows()) swap();
      });
      observer.observe(root, { childList: true, subtree: true });
      begin();
      if (shows()) swap();
    },
  };
}
