// Functions Playwright runs inside the page. They declare no named functions or consts of
// functions: tsx would wrap those in a naming helper that exists in Node, not in the page.

/** The mark the cold-start probe sets when it touches "begin". */
export const BEGIN_MARK = 'bench:begin';

/**
 * Cold start: touches "Touch to begin" as soon as the attract screen has been painted (after
 * the renderer's own paint mark, which was queued first), with no human delay, so the run goes
 * on to the home tiles. A mutation observer sees the screen in the same task React commits it.
 */
export function touchBeginWhenPainted(beginMark: string): void {
  const observer = new MutationObserver(() => {
    const begin = document.querySelector<HTMLElement>('.attract__button');
    if (!begin) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      setTimeout(() => {
        performance.mark(beginMark);
        begin.click();
      }, 0);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
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
