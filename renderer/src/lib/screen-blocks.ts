import { openDialog } from './focus-order.ts';
import type { Language } from './localize.ts';
import { showBlock } from './show-block.ts';
import { speechBlocks, type FoundBlock } from './speech-blocks.ts';

/** What is open in front of the visitor: a modal dialog (the panel, the idle warning), else. */
const SCOPES = '[aria-modal="true"], main, footer';

/**
 * Where `element` is read from: its dialog, its screen's main region or the bottom bar. With no
 * element, what the visitor has in front of them: the last dialog opened, else the screen.
 */
export function speechScope(doc: Document, element?: Element): Element | null {
  if (element) return element.closest(SCOPES);
  return openDialog(doc) ?? doc.querySelector('main');
}

/** The blocks of `scope`, each brought into view as the voice reaches it. */
export function blocksToRead(scope: Element, fallback: Language): FoundBlock[] {
  return speechBlocks(scope, fallback).map((block) => ({
    ...block,
    show: () => showBlock(block.element),
  }));
}

/** The block holding `element`; -1 when it holds blocks itself (a region) or none at all. */
export function blockIndexOf(blocks: readonly FoundBlock[], element: Element): number {
  return blocks.findIndex((block) => block.element.contains(element));
}
