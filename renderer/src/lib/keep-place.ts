/** What a reader's place is: a block of text, not a pixel offset that text size changes. */
const BLOCKS = 'h1, h2, h3, p, li';

/** The first block the box shows (at least its last line is in view). */
export function firstShownBlock(box: HTMLElement): Element | null {
  const top = box.getBoundingClientRect().top;
  for (const block of box.querySelectorAll(BLOCKS)) {
    if (block.getBoundingClientRect().bottom > top + 1) return block;
  }
  return null;
}

/** Scrolls the box so `block` starts at its top again, after the text around it reflowed. */
export function showBlockAtTop(box: HTMLElement, block: Element): void {
  box.scrollTop += block.getBoundingClientRect().top - box.getBoundingClientRect().top;
}
