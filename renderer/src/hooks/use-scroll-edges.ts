import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { firstShownBlock, showBlockAtTop } from '../lib/keep-place.ts';
import { pageOf, scrollEdges } from '../lib/scroll-page.ts';

const measure = (box: HTMLElement) => ({ ...scrollEdges(box), ...pageOf(box) });

/**
 * Follows whether a scroll box shows its top and its bottom (to disable the matching button)
 * and which of its pages it shows. `refresh` lets a button update at once after it scrolls,
 * without waiting for the scroll event. Measured before the first paint, so buttons that show
 * only when needed never flash. When the text reflows (a new text size or language), the block
 * the reader was at is brought back to the top, so the place is kept, not the pixel offset.
 */
export function useScrollEdges(ref: RefObject<HTMLElement | null>) {
  const [edges, setEdges] = useState({ atTop: true, atBottom: true, page: 1, pages: 1 });
  const refresh = useCallback(() => {
    if (ref.current) setEdges(measure(ref.current));
  }, [ref]);

  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    let place: Element | null = null;
    const onScroll = (): void => {
      place = box.scrollTop > 0 ? firstShownBlock(box) : null;
      refresh();
    };
    const onResize = (): void => {
      if (place?.isConnected) showBlockAtTop(box, place);
      refresh();
    };
    refresh();
    box.addEventListener('scroll', onScroll, { passive: true });
    // The box's own size, and its content's: a new text size or language changes only the latter.
    const resize = new ResizeObserver(onResize);
    for (const element of [box, ...box.children]) resize.observe(element);
    return () => {
      box.removeEventListener('scroll', onScroll);
      resize.disconnect();
    };
  }, [ref, refresh]);

  return { ...edges, refresh };
}
