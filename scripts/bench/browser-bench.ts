import type { Browser, Page } from '@playwright/test';
import { median, percentile } from './stats.ts';

/** Records, in the page, when a new level-1 heading is painted after a tap. */
export function watchPaints(): void {
  const w = window as unknown as { paints: number[] };
  w.paints = [];
  let last: Element | null = null;
  new MutationObserver(() => {
    const heading = document.querySelector('h1');
    if (heading && heading !== last) {
      last = heading;
      requestAnimationFrame(() => setTimeout(() => w.paints.push(performance.now()), 0));
    }
  }).observe(document, { childList: true, subtree: true });
}

export async function coldStart(browser: Browser, url: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    const page = await context.newPage();
    await page.addInitScript(watchPaints);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { paints: number[] }).paints.length > 0);
    times.push(
      await page.evaluate(() => (window as unknown as { paints: number[] }).paints[0] ?? NaN),
    );
    await context.close();
  }
  return times;
}

export async function staticFcp(browser: Browser, html: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    const page = await context.newPage();
    await page.route('http://static.invalid/', (route) =>
      route.fulfill({ contentType: 'text/html', body: html }),
    );
    await page.goto('http://static.invalid/');
    times.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const fcp = list.getEntriesByName('first-contentful-paint')[0];
              if (fcp) resolve(fcp.startTime);
            }).observe({ type: 'paint', buffered: true });
          }),
      ),
    );
    await context.close();
  }
  return times;
}

/** Tap to the paint of the next screen, home <-> a program, `taps` times. */
export async function tapLatency(page: Page, taps: number): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  const programs = await page.locator('.tiles__item button').count();
  for (let i = 0; i < taps; i += 1) {
    const onHome = i % 2 === 0;
    const target = onHome
      ? page.locator('.tiles__item button').nth(i % programs)
      : page.getByRole('button', { name: 'Home', exact: true });
    const before = await page.evaluate(
      () => (window as unknown as { paints: number[] }).paints.length,
    );
    const tappedAt = await target.evaluate((el: HTMLElement) => {
      const at = performance.now();
      el.click();
      return at;
    });
    await page.waitForFunction(
      (n) => (window as unknown as { paints: number[] }).paints.length > n,
      before,
    );
    const paintedAt = await page.evaluate(
      () => (window as unknown as { paints: number[] }).paints.at(-1) ?? NaN,
    );
    times.push(paintedAt - tappedAt);
  }
  return { p50: median(times), p95: percentile(times, 95) };
}

/** One visitor: begin, a program, home, privacy, back to attract as the idle reset would. */
export async function runSessions(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    // No named functions inside: tsx would wrap them in a helper the page does not have.
    await page.evaluate(async (n) => {
      const steps: Array<[string, string | null, number | null]> = [
        ['.attract__button', null, null],
        ['.tiles__item button', null, n],
        ['.bar-button', 'Home', null],
        ['.bar-button', 'Privacy', null],
        ['.bar-button', 'Home', null],
      ];
      for (const [selector, text, nth] of steps) {
        const all = [...document.querySelectorAll<HTMLElement>(selector)];
        const found =
          nth !== null
            ? all[nth % all.length]
            : all.find((e) => text === null || e.textContent.includes(text));
        found?.click();
        await new Promise((r) => setTimeout(r, 0));
      }
    }, i);
    // The idle reset ends the visit: the page clock runs past the timeout and the warning.
    await page.clock.runFor(81_000);
  }
}

export async function memory(
  page: Page,
): Promise<{ heapMb: number; nodes: number; listeners: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  await cdp.detach();
  return {
    heapMb: get('JSHeapUsedSize') / 2 ** 20,
    nodes: get('Nodes'),
    listeners: get('JSEventListeners'),
  };
}
