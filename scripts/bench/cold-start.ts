import type { Browser, BrowserContext, Page } from '@playwright/test';
import {
  ANSWERS_MARK,
  INTERACTIVE_MARK,
  MAIN_TEXT_TIMING,
  TILE_TITLE_TIMING,
} from '../../renderer/src/lib/render-marks.ts';
import { BEGIN_MARK, touchBeginWhenAnswering } from './page-probes.ts';

/** Both pages are timed the same way: when the browser painted their main text (its h1). */
export interface PageStart {
  /** Navigation start to the main text's paint (Element Timing, renderTime). */
  mainText: number;
  /** The browser's own first contentful paint: what shows first, whatever it is. */
  fcp: number;
}

export interface KioskTiles {
  /** Navigation start to the paint of the last of the six home tiles' titles. */
  tiles: number;
  /**
   * Navigation start to the moment the page can answer "begin": the early-touch listener is on
   * (ANSWERS_MARK), or React's first commit for a page sent without the home.
   */
  answers: number;
  /** Navigation start to the touch on "begin": in the task the page starts answering. */
  begin: number;
  /** The touch on "begin" to the paint of the last tile title. */
  touchToTiles: number;
  /** Navigation start to React's first commit: from then on React answers every touch. */
  react: number;
}

/** PerformanceElementTiming: not in TypeScript's DOM types. */
type ElementTiming = PerformanceEntry & { identifier: string; renderTime: number };

const PORTRAIT = { viewport: { width: 1080, height: 1920 } };
const TILE_COUNT = 6;
/** Long enough for a loaded machine; a missing attribute fails the run instead of hanging it. */
const PAINT_TIMEOUT_MS = 30_000;

/** A fresh context each time: no cache, no compiled code, nothing kept from the run before. */
async function inFreshContext<T>(browser: Browser, run: (c: BrowserContext) => Promise<T>) {
  const context = await browser.newContext(PORTRAIT);
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

/** When the browser painted the last of `count` elements named `identifier` for Element Timing. */
function lastPaint(page: Page, identifier: string, count: number): Promise<number> {
  return page.evaluate(
    ({ identifier, count, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const times: number[] = [];
        const timer = setTimeout(() => {
          reject(new Error(`${String(times.length)} of ${String(count)} "${identifier}" painted`));
        }, timeoutMs);
        new PerformanceObserver((list, observer) => {
          for (const entry of list.getEntries() as ElementTiming[])
            if (entry.identifier === identifier) times.push(entry.renderTime);
          if (times.length < count) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(Math.max(...times.slice(0, count)));
        }).observe({ type: 'element', buffered: true });
      }),
    { identifier, count, timeoutMs: PAINT_TIMEOUT_MS },
  );
}

const fcpOf = (page: Page): Promise<number> =>
  page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);

/** A page left alone: the kiosk's attract screen, or the static page. */
export function pageStart(browser: Browser, url: string): Promise<PageStart> {
  return inFreshContext(browser, async (context) => {
    const page = await context.newPage();
    await page.goto(url);
    const mainText = await lastPaint(page, MAIN_TEXT_TIMING, 1);
    return { mainText, fcp: await fcpOf(page) };
  });
}

/**
 * The kiosk with "begin" touched as soon as the page can answer, on to the six home tiles. A run
 * of its own: the touch may come before the attract screen has painted at all.
 */
export function kioskTiles(browser: Browser, url: string): Promise<KioskTiles> {
  return inFreshContext(browser, async (context) => {
    const page = await context.newPage();
    await page.addInitScript(touchBeginWhenAnswering, {
      answers: [ANSWERS_MARK, INTERACTIVE_MARK],
      begin: BEGIN_MARK,
    });
    await page.goto(url);
    const tiles = await lastPaint(page, TILE_TITLE_TIMING, TILE_COUNT);
    await page.waitForFunction(
      (name) => performance.getEntriesByName(name, 'mark').length > 0,
      INTERACTIVE_MARK,
    );
    const [answers, begin, react] = await page.evaluate(
      (names) =>
        names.map((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? NaN),
      [ANSWERS_MARK, BEGIN_MARK, INTERACTIVE_MARK],
    );
    return {
      tiles,
      answers: Number.isNaN(answers) ? react! : answers!,
      begin: begin!,
      touchToTiles: tiles - begin!,
      react: react!,
    };
  });
}
