// Functions Playwright runs inside the page. They declare no named functions or consts of
// functions: tsx would wrap those in a naming helper that exists in Node, not in the page.

/** The mark the cold-start probe sets when it touches "begin". */
export const BEGIN_MARK = 'bench:begin';

/**
 * Cold start, "begin" touched at once: touches "Touch to begin" as soon as the page can answer,
 * with no human delay: at the first of the `answers` marks, once the button is there. The page
 * answers before React where the shell sent home beside the first screen (early-touch.ts marks
 * it); otherwise from React's first commit, before which a touch on a button the shell sent does
 * nothing. The mark can come before the button, where the page starts empty.
 */
export function touchBeginWhenAnswering(marks: { answers: string[]; begin: string }): void {
  void (async () => {
    await new Promise<void>((resolve) => {
      new PerformanceObserver((list, observer) => {
        if (!marks.answers.some((name) => list.getEntriesByName(name).length > 0)) return;
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
