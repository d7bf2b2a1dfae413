import type { Locator, Page } from '@playwright/test';
import type { Language } from '../../../renderer/src/lib/localize.ts';
import { UI_TEXT } from '../../../renderer/src/lib/ui-text.ts';

/**
 * What a visitor would see wrong with the screen as it is now, one plain sentence each; [] when
 * nothing. With a dialog open, only the dialog is looked at (the rest lies under its backdrop).
 */
export function findLayoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(inspectLayout);
}

/** How many program tiles are wholly on screen, inside their scroll box and under nothing. */
export function countWholeTiles(page: Page): Promise<number> {
  return page.evaluate(() => {
    const within = (inner: DOMRect, outer: DOMRect) =>
      inner.left >= outer.left - 1 &&
      inner.right <= outer.right + 1 &&
      inner.top >= outer.top - 1 &&
      inner.bottom <= outer.bottom + 1;
    const viewport = new DOMRect(0, 0, window.innerWidth, window.innerHeight);
    return [...document.querySelectorAll('.tile')].filter((tile) => {
      const box = tile.getBoundingClientRect();
      const scroller = tile.closest('.screen__area');
      if (!within(box, viewport) || (scroller && !within(box, scroller.getBoundingClientRect())))
        return false;
      // Uncovered: whatever lies topmost at the middle of each edge, just inside its rounded
      // border, and at its centre is the tile itself.
      const inset = 6;
      const [middleX, middleY] = [box.left + box.width / 2, box.top + box.height / 2];
      const points = [
        [box.left + inset, middleY],
        [box.right - inset, middleY],
        [middleX, box.top + inset],
        [middleX, box.bottom - inset],
        [middleX, middleY],
      ];
      return points.every(([x = 0, y = 0]) => tile.contains(document.elementFromPoint(x, y)));
    }).length;
  });
}

/**
 * Runs in the page, so it is self-contained. Text is measured by its line boxes (a Range over
 * each text node), cut to what its scroll boxes and the window let show.
 */
function inspectLayout(): string[] {
  const SLACK = 1;
  /** Line boxes of neighbouring lines may touch by a hair (ascenders, accents); more is overlap. */
  const OVERLAP = 3;
  const TOUCH_TARGET = 64;
  const width = document.documentElement.clientWidth;
  const height = document.documentElement.clientHeight;
  const problems = new Set<string>();

  interface Box {
    left: number;
    top: number;
    right: number;
    bottom: number;
  }
  const viewport: Box = { left: 0, top: 0, right: width, bottom: height };
  const intersect = (a: Box, b: Box): Box => ({
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  });
  const isEmpty = (box: Box) => box.right - box.left <= 0 || box.bottom - box.top <= 0;

  const name = (el: Element): string => {
    const label = el.getAttribute('aria-label');
    const text = (label ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const classes = typeof el.className === 'string' ? el.className.trim().split(/\s+/) : [];
    const tag = `${el.tagName.toLowerCase()}${classes[0] ? `.${classes[0]}` : ''}`;
    return `${tag} "${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;
  };
  const px = (n: number) => `${String(Math.round(n))} px`;

  const dialogs = [...document.querySelectorAll('[aria-modal="true"]')];
  const scope = dialogs.at(-1) ?? document.body;
  const shown = (el: Element) =>
    el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
    !el.closest('[aria-hidden="true"]');

  const clips = (style: CSSStyleDeclaration) =>
    style.overflowX !== 'visible' || style.overflowY !== 'visible';
  const scrolls = (value: string) => value === 'auto' || value === 'scroll';

  interface Clip {
    box: Box;
    /**
     * The nearest box that clips, when it does not scroll: what it cuts off, nobody can reach.
     * (Behind a scroll box, text only needs scrolling to; the scroll box's own fit is checked
     * with the boxes that hide what does not fit, below.)
     */
    fixedBy: Element | undefined;
    fixedBox: Box;
    /** Whether a box on the way up scrolls: without one, nothing brings back what is off screen. */
    scrolled: boolean;
  }
  /**
   * The part of the window the element's ancestors (and with `self`, the element itself: text
   * is clipped by its own box) let it show in, following containing blocks.
   */
  const clipOf = (el: Element, self = false): Clip => {
    let box = viewport;
    let fixedBy: Element | undefined;
    let fixedBox = viewport;
    let nearest = true;
    let scrolled = false;
    const consider = (clipper: Element) => {
      const style = getComputedStyle(clipper);
      if (!clips(style)) return;
      const outer = clipper.getBoundingClientRect();
      const inner: Box = {
        left: outer.left + clipper.clientLeft,
        top: outer.top + clipper.clientTop,
        right: outer.left + clipper.clientLeft + clipper.clientWidth,
        bottom: outer.top + clipper.clientTop + clipper.clientHeight,
      };
      box = intersect(box, inner);
      if (nearest && !scrolls(style.overflowY)) {
        fixedBy = clipper;
        fixedBox = inner;
      }
      nearest = false;
      scrolled ||= scrolls(style.overflowY);
    };
    if (self) consider(el);
    let current: Element = el;
    for (;;) {
      const position = getComputedStyle(current).position;
      if (position === 'fixed') break;
      let parent = current.parentElement;
      if (position === 'absolute') {
        while (parent && getComputedStyle(parent).position === 'static')
          parent = parent.parentElement;
      }
      // The body's overflow belongs to the window, which `viewport` already stands for.
      if (!parent || parent === document.body || parent === document.documentElement) break;
      consider(parent);
      current = parent;
    }
    return { box, fixedBy, fixedBox, scrolled };
  };

  if (document.documentElement.scrollWidth > width + SLACK) {
    problems.add(
      `the page is ${px(document.documentElement.scrollWidth)} wide in a ${px(width)} window`,
    );
  }

  /**
   * A word wider than the box it is set in: it spills, or (where overflow-wrap lets it) breaks
   * mid-word. Addresses and words of over 20 letters may break; a title's words must not.
   */
  const ruler = document.createElement('canvas').getContext('2d');
  const splitWords = (text: string, owner: Element, block: Element): string[] => {
    const style = getComputedStyle(owner);
    const blockStyle = getComputedStyle(block);
    if (!ruler || block.clientWidth === 0 || /nowrap|pre/.test(style.whiteSpace)) return [];
    ruler.font = style.font;
    // "normal" is not a canvas value: it would leave the last element's spacing in place.
    ruler.letterSpacing = style.letterSpacing === 'normal' ? '0px' : style.letterSpacing;
    const room =
      block.clientWidth - parseFloat(blockStyle.paddingLeft) - parseFloat(blockStyle.paddingRight);
    return text
      .split(/\s+|(?<=[-–—/])/)
      .filter((word) => word.length <= 20 && !/[./@]/.test(word))
      .filter((word) => ruler.measureText(word).width > room + SLACK);
  };

  // Text: cut at a side, spilling out of its box, split mid-word, or lying over other text.
  interface Line {
    owner: Element;
    box: Box;
  }
  const lines: Line[] = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const owner = node.parentElement;
    if (!owner || !node.textContent?.trim() || !shown(owner)) continue;
    const clip = clipOf(owner, true);
    let block: Element = owner;
    while (getComputedStyle(block).display.startsWith('inline') && block.parentElement)
      block = block.parentElement;
    const blockBox = block.getBoundingClientRect();
    for (const word of splitWords(node.textContent, owner, block))
      problems.add(`"${word}" is wider than its box, so it splits or spills: ${name(block)}`);
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width < 1 || rect.height < 1) continue;
      if (rect.left < clip.box.left - SLACK || rect.right > clip.box.right + SLACK) {
        problems.add(`text is cut off at the side: ${name(owner)}`);
      } else if (rect.left < blockBox.left - SLACK || rect.right > blockBox.right + SLACK) {
        problems.add(`text spills out of its box sideways: ${name(block)}`);
      }
      // A line's box runs a little above and below its glyphs: a quarter line of give.
      const give = Math.max(SLACK, rect.height / 4);
      if (
        clip.fixedBy &&
        (rect.top < clip.fixedBox.top - give || rect.bottom > clip.fixedBox.bottom + give)
      ) {
        problems.add(`text is cut off by ${name(clip.fixedBy)}, which does not scroll`);
      } else if (!clip.scrolled && (rect.top < -SLACK || rect.bottom > height + SLACK)) {
        problems.add(
          `text is off the top or bottom of the screen, where nothing scrolls: ${name(owner)}`,
        );
      }
      const visible = intersect(rect, clip.box);
      if (!isEmpty(visible)) lines.push({ owner, box: visible });
    }
  }
  for (let i = 0; i < lines.length; i += 1) {
    for (let j = i + 1; j < lines.length; j += 1) {
      const a = lines[i];
      const b = lines[j];
      if (!a || !b || a.owner === b.owner) continue;
      const both = intersect(a.box, b.box);
      if (both.right - both.left > OVERLAP && both.bottom - both.top > OVERLAP) {
        problems.add(`text overlaps other text: ${name(a.owner)} and ${name(b.owner)}`);
      }
    }
  }

  // Controls: off a side of the window, cut off at a side, or too small to touch.
  const controls = scope.querySelectorAll(
    'button, a[href], input, select, textarea, [role="button"], [role="link"]',
  );
  for (const control of controls) {
    if (!shown(control)) continue;
    const rect = control.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) continue;
    if (rect.left < -SLACK) {
      problems.add(`a control is off the left side (${px(rect.left)}): ${name(control)}`);
    } else if (rect.right > width + SLACK) {
      problems.add(
        `a control is off the right side (right edge at ${px(rect.right)} in ${px(width)}): ${name(control)}`,
      );
    } else {
      const { box } = clipOf(control);
      if (rect.left < box.left - SLACK || rect.right > box.right + SLACK)
        problems.add(`a control is cut off at the side: ${name(control)}`);
    }
    if (rect.width < TOUCH_TARGET - SLACK || rect.height < TOUCH_TARGET - SLACK) {
      problems.add(
        `a control is ${px(rect.width)} by ${px(rect.height)}, under ${px(TOUCH_TARGET)}: ${name(control)}`,
      );
    }
  }

  // Boxes that hide what does not fit (a label cut short, a box that does not scroll), and
  // boxes that let it spill over their edges.
  for (const el of scope.querySelectorAll('*')) {
    const style = getComputedStyle(el);
    if (
      !clips(style) &&
      !style.display.startsWith('inline') &&
      el.scrollWidth > el.clientWidth + SLACK &&
      el.textContent?.trim() &&
      shown(el)
    ) {
      problems.add(
        `${name(el)} lets its content spill out sideways (${px(el.scrollWidth)} in ${px(el.clientWidth)})`,
      );
    }
    if (!clips(style) && style.textOverflow !== 'ellipsis') continue;
    if (!shown(el) || !el.textContent?.trim()) continue;
    if (el.scrollWidth > el.clientWidth + SLACK) {
      problems.add(
        `${name(el)} is cut short sideways (${px(el.scrollWidth)} in ${px(el.clientWidth)})`,
      );
    }
    if (!scrolls(style.overflowY) && el.scrollHeight > el.clientHeight + SLACK) {
      problems.add(
        `${name(el)} is cut off at the bottom (${px(el.scrollHeight)} in ${px(el.clientHeight)})`,
      );
    }
  }
  return [...problems];
}

/**
 * The tools every visitor must always find, by name, that are not wholly inside the window:
 * Listen, Home (not on attract), the language switch and Accessibility.
 */
export async function findMissingTools(
  page: Page,
  language: Language,
  onAttract: boolean,
): Promise<string[]> {
  const ui = UI_TEXT[language];
  const tools: Array<[string, Locator]> = [
    [ui.listen, page.getByRole('button', { name: ui.listen, exact: true })],
    [ui.language, page.getByRole('group', { name: ui.language })],
    [ui.accessibility, page.getByRole('button', { name: ui.accessibility, exact: true })],
  ];
  if (!onAttract) tools.push([ui.home, page.getByRole('button', { name: ui.home, exact: true })]);
  const window = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  const missing: string[] = [];
  for (const [name, tool] of tools) {
    const box = (await tool.count()) === 1 ? await tool.boundingBox() : null;
    const inside =
      box !== null &&
      box.x >= -1 &&
      box.y >= -1 &&
      box.x + box.width <= window.width + 1 &&
      box.y + box.height <= window.height + 1;
    if (!inside) missing.push(`${name} is not wholly on screen`);
  }
  return missing;
}

/** The visitor tools' row (bottom bar, or attract's foot) when it has wrapped onto more than one. */
export function findWrappedBar(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bar = document.querySelector('.bottom-bar, .attract__tools');
    if (!bar) return ['no bottom bar'];
    // The speech bar is a row of its own by design (speech-bar.tsx), not a wrap.
    const items = [...bar.querySelectorAll('button, [role="group"]')].filter(
      (item) =>
        !item.closest('.speech-bar') && item.parentElement?.closest('[role="group"]') === null,
    );
    const rows: number[] = [];
    for (const item of items) {
      const { top, bottom } = item.getBoundingClientRect();
      const middle = (top + bottom) / 2;
      if (!rows.some((row) => Math.abs(row - middle) < 8)) rows.push(middle);
    }
    return rows.length > 1 ? [`the bottom bar has wrapped onto ${String(rows.length)} rows`] : [];
  });
}
