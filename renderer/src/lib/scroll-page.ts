export type ScrollDirection = 'up' | 'down';

/** How much of a page one press moves: the rest stays on screen so readers keep their place. */
const PAGE_FRACTION = 0.75;

export interface ScrollBox {
  scrollTop: number;
  clientHeight: number;
  scrollHeight: number;
}

const pageStep = (box: ScrollBox): number =>
  Math.max(1, Math.round(box.clientHeight * PAGE_FRACTION));

/** Where a press of "Scroll up" / "Scroll down" leaves the box, never past either end. */
export function pageScrollTarget(box: ScrollBox, direction: ScrollDirection): number {
  const step = pageStep(box);
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

/**
 * "Page 3 of 11": the pages are the places the page buttons stop at, so the count is the
 * presses it takes from top to bottom, plus one; it changes with the screen's height, the text
 * size and the language, as the box's measures do.
 */
export function pageOf(box: ScrollBox): { page: number; pages: number } {
  const step = pageStep(box);
  const max = Math.max(0, box.scrollHeight - box.clientHeight);
  const pages = 1 + Math.ceil((max - 1) / step);
  if (max <= 1) return { page: 1, pages: 1 };
  if (scrollEdges(box).atBottom) return { page: pages, pages };
  return { page: Math.min(pages, 1 + Math.floor((box.scrollTop + 1) / step)), pages };
}

/** One press of a scroll button; instant, so nothing on screen glides. */
export function scrollByPage(box: HTMLElement, direction: ScrollDirection): void {
  box.scrollTop = pageScrollTarget(box, direction);
}
