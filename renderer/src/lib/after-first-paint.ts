/** Long enough for a first paint on a slow kiosk PC; the wait for one must never hang start-up. */
export const FIRST_PAINT_WAIT_MS = 500;

export type PaintWindow = Pick<Window, 'setTimeout' | 'clearTimeout'> & {
  PerformanceObserver: typeof PerformanceObserver;
};

/**
 * Runs `run` once the browser reports the page's first paint, which it does once that frame is
 * on screen: work started earlier (React's code, fetched and run) held the frame back, on two
 * cores, even after it had been drawn. A page that paints nothing (hidden, or in a window not yet
 * shown) runs it after FIRST_PAINT_WAIT_MS anyway. It runs once, whichever comes first.
 */
export function afterFirstPaint(win: PaintWindow, run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    win.clearTimeout(fallback);
    run();
  };
  const fallback = win.setTimeout(once, FIRST_PAINT_WAIT_MS);
  const observer = new win.PerformanceObserver(once);
  observer.observe({ type: 'paint', buffered: true });
}
