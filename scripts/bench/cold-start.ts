import type { Browser, BrowserContext } from '@playwright/test';
import { paintedMark } from '../../renderer/src/lib/mark-once.ts';
import { ATTRACT_RENDERED_MARK, TILES_RENDERED_MARK } from '../../renderer/src/lib/render-marks.ts';
import { BEGIN_MARK, touchBeginWhenPainted } from './page-probes.ts';

export interface KioskStart {
  /** Navigation start to the paint after the attract screen first rendered. */
  attract: number;
  /** Navigation start to the paint after the six home tiles first rendered. */
  tiles: number;
  /** The in-page touch on "begin" to the paint after the tiles rendered. */
  touchToTiles: number;
  /** The browser's own first contentful paint (the "Loading" line, if it shows). */
  fcp: number;
}

const PORTRAIT = { viewport: { width: 1080, height: 1920 } };

/** A fresh context each time: no cache, no compiled code, nothing kept from the run before. */
async function inFreshContext<T>(browser: Browser, run: (c: BrowserContext) => Promise<T>) {
  const context = await browser.newContext(PORTRAIT);
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

export function kioskStart(browser: Browser, url: string): Promise<KioskStart> {
  return inFreshContext(browser, async (context) => {
    const page = await context.newPage();
    await page.addInitScript(touchBeginWhenPainted, BEGIN_MARK);
    await page.goto(url);
    const attractPainted = paintedMark(ATTRACT_RENDERED_MARK);
    const tilesPainted = paintedMark(TILES_RENDERED_MARK);
    await page.waitForFunction(
      (name) => performance.getEntriesByName(name).length > 0,
      tilesPainted,
    );
    const [attract, tiles, begin, fcp] = await page.evaluate(
      (wanted) => wanted.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN),
      [attractPainted, tilesPainted, BEGIN_MARK, 'first-contentful-paint'],
    );
    return { attract: attract!, tiles: tiles!, touchToTiles: tiles! - begin!, fcp: fcp! };
  });
}

/** Navigation start to first contentful paint of the static page. */
export function staticFcp(browser: Browser, url: string): Promise<number> {
  return inFreshContext(browser, async (context) => {
    const page = await context.newPage();
    await page.goto(url);
    return page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const fcp = list.getEntriesByName('first-contentful-paint')[0];
            if (fcp) resolve(fcp.startTime);
          }).observe({ type: 'paint', buffered: true });
        }),
    );
  });
}
