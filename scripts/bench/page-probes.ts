// Functions Playwright runs inside the page. They declare no named functions or consts of
// functions: tsx would wrap those in a naming helper that exists in Node, not in the page.

/** The mark the cold-start probe sets when it touches "begin". */
export const BEGIN_MARK = 'bench:begin';

/**
 * Cold start, "begin" touched at once: touches "Touch to begin" as soon as the page can answer,
 * with no human delay: once the renderer has marked itself interactive (`interactiveMark`) and
 * the button is there. A button the shell sent already rendered shows before React has taken
 * it over, and a touch on it then does nothing. The mark comes with React's first commit: before
 * the button where the page starts empty, after it where the page is hydrated.
 */
export function touchBeginWhenInteractive(marks: { interactive: string; begin: string }): void {
  void (async () => {
    await new Promise<void>((resolve) => {
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName(marks.interactive).length === 0) return;
        observer.disconnect();
        resolve();
      }).observe({ type: 'mark', buffered: true });
    });
    let begin = document.querySelector<HTMLElement>('.attract__button');
    while (!begin) {
      // A mutation observer sees the button in the same task React commits it.
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve();
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      begin = document.querySelector<HTMLElement>('.attract__button');
    }
    performance.mark(marks.begin);
    begin.click();
  })();
}

export interface TapLog {
  taps: number[];
  paints: number[];
}

/**
 * Taps: each click's event timeStamp, and when each new level-1 heading (a new screen) has been
 * painted: the task queued from the next animation frame, which runs after that frame's paint.
 */
export function logTapsAndPaints(): void {
  const log: TapLog = { taps: [], paints: [] };
  (window as unknown as { tapLog: TapLog }).tapLog = log;
  window.addEventListener('click', (event) => log.taps.push(event.timeStamp), { capture: true });
  let heading: Element | null = null;
  new MutationObserver(() => {
    const current = document.querySelector('h1');
    if (!current || current === heading) return;
    heading = current;
    requestAnimationFrame(() => {
      setTimeout(() => log.paints.push(performance.now()), 0);
    });
  }).observe(document, { childList: true, subtree: true });
}
