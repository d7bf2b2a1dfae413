import { ChevronDown, ChevronUp } from 'lucide-react';
import type { RefObject } from 'react';
import { useScrollEdges } from '../hooks/use-scroll-edges.ts';
import { scrollByPage, type ScrollDirection } from '../lib/scroll-page.ts';
import { selectUiText } from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';

/** Big buttons for visitors who cannot or do not think to drag the text. */
export function ScrollButtons({ target }: { target: RefObject<HTMLElement | null> }) {
  const ui = useKiosk(selectUiText);
  const { atTop, atBottom, refresh } = useScrollEdges(target);
  const scroll = (direction: ScrollDirection) => {
    if (!target.current) return;
    scrollByPage(target.current, direction);
    refresh();
  };
  return (
    <div className="scroll-buttons">
      <button type="button" className="big-button" disabled={atTop} onClick={() => scroll('up')}>
        <ChevronUp aria-hidden="true" className="big-button__icon" />
        <span>{ui.scrollUp}</span>
      </button>
      <button
        type="button"
        className="big-button"
        disabled={atBottom}
        onClick={() => scroll('down')}
      >
        <ChevronDown aria-hidden="true" className="big-button__icon" />
        <span>{ui.scrollDown}</span>
      </button>
    </div>
  );
}
