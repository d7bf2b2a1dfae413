import type { Page, TestInfo } from '@playwright/test';
import { expect } from '@playwright/test';
import { FIRST_HOME_ID } from '../../../electron/contract/first-screen.ts';

/** Taps as a visitor does (the projects emulate a touchscreen). */
export async function tap(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).tap();
}

/**
 * Waits until React has the page: it removes the home the shell sent beside the first screen
 * (renderer/src/lib/early-touch.ts), which answers "begin" before React is there. A DOM wait,
 * so it works under Playwright's clock, which hides the page's performance marks.
 */
export async function reactHasPage(page: Page): Promise<void> {
  await page.locator(`#${FIRST_HOME_ID}`).waitFor({ state: 'detached' });
}

/** Opens the kiosk at `url` in `page`, as a visitor finds it: once React has it. */
export async function openKiosk(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await reactHasPage(page);
}

export async function beginAtHome(page: Page): Promise<void> {
  await tap(page, 'Touch to begin');
  await expect(page.getByRole('button', { name: 'Professional Certificates' })).toBeVisible();
}

/**
 * Screenshots land in tests/e2e/screenshots/<orientation>-<screen>.png, to be looked at, from
 * whichever lane took them (electron-<screen>.png under Electron, which sets no viewport).
 */
export async function shoot(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `tests/e2e/screenshots/${orientation(testInfo)}-${screen}.png` });
}

function orientation({ project }: TestInfo): string {
  const size = project.use.viewport;
  if (!size) return project.name;
  return size.width > size.height ? 'landscape' : 'portrait';
}
