import type { Page } from '@playwright/test';
import type { TapLog } from './page-probes.ts';

/**
 * Real touches (Playwright's tap), home -> a program -> home ..., `taps` times: from each
 * click's event timeStamp to the paint of the next screen's heading, in milliseconds.
 */
export async function tapLatencies(page: Page, taps: number): Promise<number[]> {
  const tiles = page.locator('.tiles__item button');
  const home = page.getByRole('button', { name: 'Home', exact: true });
  const count = await tiles.count();
  const times: number[] = [];
  for (let i = 0; i < taps; i += 1) {
    const before = await page.evaluate(() => (window as unknown as { tapLog: TapLog }).tapLog);
    await (i % 2 === 0 ? tiles.nth((i / 2) % count) : home).tap();
    await page.waitForFunction(
      (n) => (window as unknown as { tapLog: TapLog }).tapLog.paints.length > n,
      before.paints.length,
    );
    const after = await page.evaluate(() => (window as unknown as { tapLog: TapLog }).tapLog);
    if (after.taps.length !== before.taps.length + 1)
      throw new Error(`Tap ${String(i)} was not one click`);
    times.push(after.paints.at(-1)! - after.taps.at(-1)!);
  }
  return times;
}
