import type { Language } from './localize.ts';
import type { SpeechBlock, Utterance } from './speech.ts';
import { forSpeech } from './speech-text.ts';

/** The smallest things said on their own: each heading, paragraph, list item and button. */
const BLOCK = 'h1, h2, h3, h4, p, li, dt, dd, address, button, figcaption, output, legend, th, td';

/** Never said: what is hidden from everyone, and the speech controls themselves. */
const SILENT = '[aria-hidden="true"], [hidden], [data-speech-control], svg, script, style';

const CONTROL = 'button, a[href], input, select, textarea';

export interface FoundBlock extends SpeechBlock {
  element: HTMLElement;
}

/** The language an element is written in, from the nearest lang attribute (the page's, else). */
export function languageOf(element: Element, fallback: Language): Language {
  const tag = element.closest('[lang]')?.getAttribute('lang') ?? '';
  if (tag.startsWith('es')) return 'es';
  if (tag.startsWith('en')) return 'en';
  return fallback;
}

const hasOwnText = (element: Element): boolean =>
  [...element.childNodes].some(
    (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
  );

/** Laid out out of sight (display: none and the like); jsdom, which lays nothing out, cannot say. */
const unseen = (element: Element): boolean =>
  typeof element.checkVisibility === 'function' &&
  !element.checkVisibility({ visibilityProperty: true });

/** What a sighted visitor reads of it; an icon-only control's label. */
const textOf = (element: HTMLElement): string =>
  forSpeech(element.innerText || (element.getAttribute('aria-label') ?? ''));

/**
 * The readable blocks under `root`, in reading order, each in its own language. A long screen
 * is read, and stepped through, a block at a time: one paragraph of the privacy notice, one
 * program tile.
 */
export function speechBlocks(root: Element, fallback: Language): FoundBlock[] {
  const found: FoundBlock[] = [];
  const visit = (element: Element): void => {
    if (element.matches(SILENT)) return;
    const whole = hasOwnText(element) || (element.matches(BLOCK) && !element.querySelector(BLOCK));
    if (!whole || !(element instanceof HTMLElement)) {
      for (const child of element.children) visit(child);
      return;
    }
    // Judged on the block itself: a box-less wrapper (display: contents) holds seen blocks.
    const text = unseen(element) ? '' : textOf(element);
    if (text !== '') found.push({ text, language: languageOf(element, fallback), element });
  };
  visit(root);
  return found;
}

/**
 * What is said when focus lands on `element`: a control's words, a scrolling region's name.
 * Null for a screen's main region, which has no name: its blocks are read by Listen.
 */
export function focusSpeech(element: Element, fallback: Language): Utterance | null {
  if (!(element instanceof HTMLElement)) return null;
  const text = element.matches(CONTROL)
    ? textOf(element)
    : forSpeech(element.getAttribute('aria-label') ?? '');
  return text === '' ? null : { text, language: languageOf(element, fallback) };
}
