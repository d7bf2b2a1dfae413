/**
 * Sent (bubbling, cancellable) from a block as the voice reaches it. A screen that pages its
 * text, as the privacy notice's "Page 3 of 11" will, listens for it on its text, turns to the
 * page holding the block and calls preventDefault(); otherwise the block is scrolled into view.
 */
export const SHOW_BLOCK_EVENT = 'kiosk-show-block';

export function showBlock(element: HTMLElement): void {
  const event = new CustomEvent(SHOW_BLOCK_EVENT, { bubbles: true, cancelable: true });
  if (element.dispatchEvent(event)) element.scrollIntoView({ block: 'nearest' });
}
