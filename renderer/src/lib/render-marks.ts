/**
 * What the start-up benchmark (scripts/bench) reads, named once for the renderer and the bench:
 * Element Timing identifiers on the text whose paint means the screen is there (the browser
 * reports when it painted each, the same way for the kiosk and for the static page), and a mark
 * for the moment the page can answer a touch.
 */

/** The first screen's main text: the attract screen's title, and the static page's h1. */
export const MAIN_TEXT_TIMING = 'main-text';

/** Each home tile's title: the six tiles are on screen once the last of the six has painted. */
export const TILE_TITLE_TIMING = 'tile-title';

/** Set when React has taken over the page: a touch before then does nothing. */
export const INTERACTIVE_MARK = 'kiosk:interactive';

/** Marks the page interactive the first time only: the benchmark wants the first moment. */
export function markInteractive(): void {
  if (performance.getEntriesByName(INTERACTIVE_MARK, 'mark').length > 0) return;
  performance.mark(INTERACTIVE_MARK);
}

let settle: () => void = () => undefined;

/**
 * Settles once React's first commit has also run its effects (the first screen's focus among
 * them): from then on React has the page, and the page is as a visitor will find it.
 */
export const whenInteractive = new Promise<void>((resolve) => {
  settle = resolve;
});

/** For the root component's first passive effect, which runs after its children's. */
export function settleInteractive(): void {
  settle();
}

/**
 * Set when the page answers a touch on "begin" before React has taken it over, from the home
 * the shell sent hidden beside the first screen (early-touch.ts).
 */
export const ANSWERS_MARK = 'kiosk:answers';
