/**
 * Calls `show` with the page's main region as soon as there is one (at once, or when a screen
 * whose code was still loading renders); returns a way to stop waiting.
 */
export function whenMainShows(doc: Document, show: (main: HTMLElement) => void): () => void {
  const main = doc.querySelector('main');
  if (main) {
    show(main);
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    const found = doc.querySelector('main');
    if (!found) return;
    observer.disconnect();
    show(found);
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}
