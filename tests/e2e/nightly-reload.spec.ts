import { expect, test } from './support/fixtures.ts';

test('the page reloads itself once in the night, while the attract screen is up', async ({
  kiosk,
}) => {
  const page = await kiosk.open({ clock: new Date('2026-12-04T02:58:00') });
  await expect(page.getByRole('button', { name: 'Touch to begin' })).toBeVisible();
  // A mark only this page load carries: a reload wipes it.
  await page.evaluate(() => document.documentElement.setAttribute('data-before-reload', ''));

  await page.clock.runFor('01:00');
  await expect(page.locator('html[data-before-reload]')).toHaveCount(1);

  const reloaded = page.waitForEvent('load');
  await page.clock.runFor('02:00');
  await reloaded;
  await expect(page.getByRole('button', { name: 'Touch to begin' })).toBeVisible();
  await expect(page.locator('html[data-before-reload]')).toHaveCount(0);
});
