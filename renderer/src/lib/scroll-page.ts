export type ScrollDirection = 'up' | 'down';

/** How much of a page one press moves: the rest stays on screen so readers keep their place. */
const PAGE_FRACTION = 0.75;

export interface ScrollBox {
  scrollTop: number;
  clientHeight: number;
  scrollHeight: number;
}

/** Where a press of "Scroll up" / "Scroll down" leaves the box, never past either end. */
export function pageScrollTarget(box: ScrollBox, direction: ScrollDirection): number {
  const step = Math.round(box.clientHeight * PAGE_FRACTION);
  const max = Math.max(0, box.scrollHeight - box.clientHeight);
  const target = box.scrollTop + (direction === 'down' ? step : -step);
  return Math.min(max, Math.max(0, target));
}

/** Whether the box shows its first and its last line (a pixel of slack for fractional zoom). */
export function scrollEdges(box: ScrollBox): { atTop: boolean; atBottom: boolean } {
  return {
    atTop: box.scrollTop <= 1,
    atBottom: box.scrollTop + box.clientHeight >= box.scrollHeight - 1,
  };
}

/** One press of a scroll button; instant, so nothing on screen glides. */
export function scrollByPage(box: HTMLElement, direction: ScrollDirection): void {
  box.scrollTop = pageScrollTarget(box, direction);
}
