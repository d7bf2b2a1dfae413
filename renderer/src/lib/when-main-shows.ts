// React hides the screen it is replacing (display: none on it) while the next screen's code is
// still on its way, and keeps it in the page: that one is not on screen and is not read.
const HIDDEN_BY_SUSPENSE = '[style*="display: none"]';

const shownMain = (doc: Document): HTMLElement | undefined =>
  [...doc.querySelectorAll('main')].find((main) => !main.closest(HIDDEN_BY_SUSPENSE));

/**
 * Calls `show` with the page's main region on screen as soon as there is one (at once, or when
 * a screen whose code was still loading renders); returns a way to stop waiting.
 */
export function whenMainShows(doc: Document, show: (main: HTMLElement) => void): () => void {
  const main = shownMain(doc);
  if (main) {
    show(main);
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    const found = shownMain(doc);
    if (!found) return;
    observer.disconnect();
    show(found);
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}
