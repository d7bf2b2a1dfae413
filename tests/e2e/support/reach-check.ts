import type { Page } from '@playwright/test';

/** Where reach mode's band starts: nothing a visitor touches may lie above it. */
const REACH_LINE = 0.4;

/**
 * Reach mode, in plain sentences ([] when it holds): controls showing above the reach line,
 * and a screen's area that scrolls without its Scroll up / Scroll down buttons in the band.
 */
export function findOutOfReach(page: Page): Promise<string[]> {
  return page.evaluate((line) => {
    const top = window.innerHeight * line;
    const problems: string[] = [];
    const describe = (el: Element) =>
      `"${(el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
    const showing = (el: Element) => {
      const box = el.getBoundingClientRect();
      const area = el.closest('.screen__area')?.getBoundingClientRect();
      const inArea = !area || (box.bottom > area.top && box.top < area.bottom);
      return el.checkVisibility() && box.width > 0 && box.bottom > 0 && inArea;
    };
    // With a dialog open, the rest lies under its backdrop and takes no touch.
    const scope = [...document.querySelectorAll('[aria-modal="true"]')].at(-1) ?? document;
    for (const control of scope.querySelectorAll('button, a[href], [role="button"]')) {
      if (!showing(control)) continue;
      const box = control.getBoundingClientRect();
      // A box cut by its scroll area shows only below the area's top edge.
      const area = control.closest('.screen__area')?.getBoundingClientRect();
      const shownTop = Math.max(box.top, area?.top ?? box.top);
      if (shownTop < top - 1) problems.push(`above the reach line: ${describe(control)}`);
    }
    for (const area of document.querySelectorAll('.screen__area')) {
      if (area.scrollHeight <= area.clientHeight + 1) continue;
      const buttons = [...document.querySelectorAll(`[aria-controls="${area.id}"]`)];
      const inBand = buttons.filter((button) => {
        const box = button.getBoundingClientRect();
        return box.top >= top - 1 && box.bottom <= window.innerHeight + 1 && box.height > 0;
      });
      if (inBand.length < 2) problems.push('the screen scrolls without scroll buttons in the band');
    }
    return problems;
  }, REACH_LINE);
}

/** The controls matching `selector` that are not wholly in the band, by their text. */
export function findOutsideBand(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    ({ line, wanted }) => {
      const top = window.innerHeight * line;
      const area = document.querySelector('.screen__area')?.getBoundingClientRect();
      const bottom = Math.min(window.innerHeight, area?.bottom ?? window.innerHeight);
      return [...document.querySelectorAll(wanted)]
        .filter((control) => {
          const box = control.getBoundingClientRect();
          return box.top < top - 1 || box.bottom > bottom + 1;
        })
        .map((control) => (control.textContent ?? '').replace(/\s+/g, ' ').trim());
    },
    { line: REACH_LINE, wanted: selector },
  );
}
