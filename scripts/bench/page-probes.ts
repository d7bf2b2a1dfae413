// Functions Playwright runs inside the page. They declare no named functions or consts of
// functions: tsx would wrap those in a naming helper that exists in Node, not in the page.

/** The mark the cold-start probe sets when it touches "begin". */
export const BEGIN_MARK = 'bench:begin';

/**
 * Cold start, "begin" touched at once: touches "Touch to begin" in the very task the page marks
 * that it answers (the first of the `answers` marks), with no human delay and none of the
 * probe's own. It wraps `performance.mark` to see that moment as it happens: a
 * PerformanceObserver is told only after the page's task, and in the runs measured after the
 * frame that task set going, so its touch came 10-20 ms late and behind a frame the page had
 * no reason to draw. The page answers before React where the shell sent home beside the first
 * screen (early-touch.ts marks it); otherwise from React's first commit, before which a touch
 * on a button the shell sent does nothing. The mark can come before the button, where the page
 * starts empty: then the touch waits for the button.
 */
export function touchBeginWhenAnswering(marks: { answers: string[]; begin: string }): void {
  const pageMark = performance.mark.bind(performance);
  let touched = false;
  performance.mark = (name: string, options?: PerformanceMarkOptions) => {
    const entry = pageMark(name, options);
    if (touched || !marks.answers.includes(name)) return entry;
    touched = true;
    void (async () => {
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
      pageMark(marks.begin);
      begin.click();
    })();
    return entry;
  };
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
