import type { Locator, Page } from '@playwright/test';
import { FIRST_HOME_ID } from '../../electron/contract/first-screen.ts';
import { probeMemory } from '../../scripts/bench/memory-probe.ts';
import { expect, test, type Kiosk } from './support/fixtures.ts';
import { holdReact } from './support/hold-react.ts';
import { tap } from './support/screens.ts';

const sentHome = (page: Page) => page.locator(`#${FIRST_HOME_ID}`);
/** Opens the kiosk with React held back and touches "begin"; returns the release. */
async function beginBeforeReact(kiosk: Kiosk, page: Page): Promise<() => Promise<void>> {
  const release = await holdReact(page);
  await kiosk.open({ beforeReact: true });
  await tap(page, 'Touch to begin');
  return release;
}

/** Every node under the element: as many stay detached if something holds on to it. */
const nodesIn = (element: Locator) =>
  element.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    let count = 0;
    while (walker.nextNode()) count += 1;
    return count;
  });

const reactHas = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('kiosk:interactive').length > 0);

test('"begin" touched before React shows home at once, and React takes it over unchanged @viewport', async ({
  kiosk,
  page,
}) => {
  const release = await beginBeforeReact(kiosk, page);
  await expect(sentHome(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Professional Certificates' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const before = await page.screenshot({ animations: 'disabled' });
  const sentNodes = await nodesIn(sentHome(page));

  await release();
  await reactHas(page);
  await expect(sentHome(page)).toHaveCount(0);
  await expect(page.locator('#root .tiles__item')).toHaveCount(6);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const after = await page.screenshot({ animations: 'disabled' });
  expect(after.equals(before), 'home changed when React took it over').toBe(true);
  // Nothing holds on to the home that was sent (held, all its nodes were left detached).
  expect((await probeMemory(page)).detachedNodes).toBeLessThan(sentNodes);
});

test('a tile tapped before React is not lost: React opens it once it has the page', async ({
  kiosk,
  page,
}) => {
  const release = await beginBeforeReact(kiosk, page);
  await tap(page, 'Professional Certificates');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Certificates/);
  await release();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Professional Certificates' }),
  ).toBeVisible();
});

test('left alone, the page keeps no second home once React has it', async ({ kiosk, page }) => {
  const release = await holdReact(page);
  await kiosk.open({ beforeReact: true });
  const sentNodes = await nodesIn(sentHome(page));
  await release();
  await reactHas(page);
  await expect(sentHome(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Touch to begin' })).toBeVisible();
  expect((await probeMemory(page)).detachedNodes).toBeLessThan(sentNodes);
});
