import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { beginAtHome, shoot, tap } from './support/screens.ts';

const IDLE_MS = 60_000;
const WARNING_MS = 20_000;

const warning = (page: Page) => page.getByRole('alertdialog', { name: 'Are you still there?' });
// The whole notice scrolls as one, in the screen's own area.
const policyScrollTop = (page: Page) =>
  page.locator('.screen__area.privacy').evaluate((area) => Math.round(area.scrollTop));

test('no warning while the attract screen shows', async ({ kiosk }) => {
  const page = await kiosk.open({ clock: true });
  await expect(page.getByRole('button', { name: 'Touch to begin' })).toBeVisible();
  await page.clock.runFor(10 * IDLE_MS);
  await expect(warning(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Touch to begin' })).toBeVisible();
});

test('the warning counts down, "I need more time" keeps the visit', async ({ kiosk }, testInfo) => {
  const page = await kiosk.open({ clock: true });
  await beginAtHome(page);
  await tap(page, 'Contracts');

  await page.clock.runFor(IDLE_MS - 1_000);
  await expect(warning(page)).toHaveCount(0);
  await page.clock.runFor(1_000);
  await expect(warning(page)).toBeVisible();
  await expect(warning(page)).toContainText('20');
  await page.clock.runFor(5_000);
  await expect(warning(page)).toContainText('15');
  await shoot(page, testInfo, 'idle-warning');

  await tap(page, 'I need more time');
  await expect(warning(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Contracts' })).toBeVisible();
  // A full quiet period starts again from the tap.
  await page.clock.runFor(IDLE_MS - 1_000);
  await expect(warning(page)).toHaveCount(0);
});

test('when the countdown ends, nothing of the visit remains', async ({ kiosk }) => {
  const page = await kiosk.open({ clock: true });
  await beginAtHome(page);
  await tap(page, 'Español');
  await tap(page, 'Privacidad');
  await tap(page, 'Página siguiente');
  await expect.poll(() => policyScrollTop(page)).toBeGreaterThan(0);
  await page.evaluate(() => {
    sessionStorage.setItem('left', 'behind');
    localStorage.setItem('left', 'behind');
  });

  await page.clock.runFor(IDLE_MS + WARNING_MS);

  await expect(page.getByRole('button', { name: 'Touch to begin' })).toBeVisible();
  await expect(warning(page)).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);

  // The next visitor starts fresh: home, and the privacy notice back at its top.
  await beginAtHome(page);
  await tap(page, 'Privacy');
  expect(await policyScrollTop(page)).toBe(0);
});

test('after the clock jumps ahead (a sleep), the visit resets within a second', async ({
  kiosk,
}) => {
  const page = await kiosk.open({ clock: true });
  await beginAtHome(page);
  await tap(page, 'Contracts');
  await page.clock.runFor(5_000);
  // Wall time moves on with no timer firing meanwhile, as after a sleep and resume.
  await page.clock.setSystemTime(Date.now() + 10 * IDLE_MS);
  await page.clock.runFor(1_000);
  await expect(page.getByRole('button', { name: 'Touch to begin' })).toBeVisible();
});
