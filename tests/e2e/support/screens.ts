import type { Page, TestInfo } from '@playwright/test';
import { expect } from '@playwright/test';

/** Taps as a visitor does (the projects emulate a touchscreen). */
export async function tap(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).tap();
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
