import { ChevronDown, ChevronUp, type LucideIcon } from 'lucide-react';
import type { RefObject } from 'react';
import { useScrollEdges } from '../hooks/use-scroll-edges.ts';
import { fill } from '../lib/fill.ts';
import { scrollByPage, type ScrollDirection } from '../lib/scroll-page.ts';
import { selectUiText } from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';

interface ScrollButtonsProps {
  target: RefObject<HTMLElement | null>;
  /** The id of the box they scroll. */
  controls: string;
  /** Nothing is drawn while the box shows all it holds. */
  onlyWhenScrolling?: boolean;
  /** A long text read page by page: "Previous page", "Page 3 of 11", "Next page". */
  paged?: boolean;
}

/** Big buttons for visitors who cannot or do not think to drag the text. */
export function ScrollButtons({
  target,
  controls,
  onlyWhenScrolling = false,
  paged = false,
}: ScrollButtonsProps) {
  const ui = useKiosk(selectUiText);
  const { atTop, atBottom, page, pages, refresh } = useScrollEdges(target);
  if (onlyWhenScrolling && atTop && atBottom) return null;
  const scroll = (direction: ScrollDirection) => {
    if (!target.current) return;
    scrollByPage(target.current, direction);
    refresh();
  };
  return (
    <div className="scroll-buttons">
      <ScrollButton
        icon={ChevronUp}
        label={paged ? ui.previousPage : ui.scrollUp}
        controls={controls}
        disabled={atTop}
        onClick={() => scroll('up')}
      />
      {paged && (
        <p className="scroll-buttons__page" aria-live="polite">
          {fill(ui.pageOf, { page: String(page), pages: String(pages) })}
        </p>
      )}
      <ScrollButton
        icon={ChevronDown}
        label={paged ? ui.nextPage : ui.scrollDown}
        controls={controls}
        disabled={atBottom}
        onClick={() => scroll('down')}
      />
    </div>
  );
}

interface ScrollButtonProps {
  icon: LucideIcon;
  label: string;
  controls: string;
  disabled: boolean;
  onClick: () => void;
}

function ScrollButton({ icon: Icon, label, controls, disabled, onClick }: ScrollButtonProps) {
  return (
    <button
      type="button"
      className="big-button"
      aria-controls={controls}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon aria-hidden="true" className="big-button__icon" />
      <span>{label}</span>
    </button>
  );
}
