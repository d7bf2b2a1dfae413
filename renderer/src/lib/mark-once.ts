/** The mark set once the frame showing what `name` marked has been painted. */
export const paintedMark = (name: string): string => `${name}:painted`;

export type MarkWindow = Pick<Window, 'performance' | 'requestAnimationFrame' | 'setTimeout'>;

/**
 * Marks `name` now and paintedMark(name) after the next paint, the first time only, so a
 * benchmark reads the first render. Call it from a layout effect: that runs once React has put
 * the screen in the DOM and before the browser paints it, so the next frame is the one that
 * shows it. A task queued from requestAnimationFrame runs once that frame has been painted, the
 * nearest a page script gets to "on screen".
 */
export function markPaintedOnce(name: string, win: MarkWindow = window): void {
  const { performance } = win;
  if (performance.getEntriesByName(name, 'mark').length > 0) return;
  performance.mark(name);
  win.requestAnimationFrame(() => {
    win.setTimeout(() => performance.mark(paintedMark(name)), 0);
  });
}
