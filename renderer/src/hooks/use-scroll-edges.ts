import { useCallback, useEffect, useState, type RefObject } from 'react';
import { scrollEdges } from '../lib/scroll-page.ts';

/**
 * Follows whether a scroll box shows its top and its bottom, to disable the matching button.
 * `refresh` lets a button update at once after it scrolls, without waiting for the scroll event.
 */
export function useScrollEdges(ref: RefObject<HTMLElement | null>) {
  const [edges, setEdges] = useState({ atTop: true, atBottom: false });
  const refresh = useCallback(() => {
    if (ref.current) setEdges(scrollEdges(ref.current));
  }, [ref]);

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    refresh();
    box.addEventListener('scroll', refresh, { passive: true });
    const resize = new ResizeObserver(refresh);
    resize.observe(box);
    return () => {
      box.removeEventListener('scroll', refresh);
      resize.disconnect();
    };
  }, [ref, refresh]);

  return { ...edges, refresh };
}
