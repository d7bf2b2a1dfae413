import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { beginAtHome, tap } from './support/screens.ts';

const pageLabel = (page: Page) => page.getByText(/^Page \d+ of \d+$/);
const numbers = async (page: Page) =>
  ((await pageLabel(page).textContent()) ?? '').match(/\d+/g)!.map(Number);

test('the privacy notice reads page by page, and keeps the place when the text grows @viewport', async ({
  kiosk,
}) => {
  const page = await kiosk.open();
  await beginAtHome(page);
  await tap(page, 'Privacy');
  const [first, pages] = await numbers(page);
  expect(first).toBe(1);
  expect(pages).toBeGreaterThan(2);

  await tap(page, 'Next page');
  await tap(page, 'Next page');
  await expect(pageLabel(page)).toHaveText(`Page 3 of ${String(pages)}`);
  const region = page.getByRole('region', { name: /privacy policy text/i });
  const atTop = () =>
    page.evaluate(() => {
      const box = document.querySelector('.screen__area')!.getBoundingClientRect().top;
      const blocks = [...document.querySelectorAll('.screen__area :is(h1, h2, h3, p, li)')];
      return blocks.find((block) => block.getBoundingClientRect().bottom > box + 1)?.textContent;
    });
  const before = await atTop();

  // Larger text: more pages, and the reader is still at the same paragraph.
  await tap(page, 'Accessibility');
  await page.getByRole('button', { name: '200%' }).tap();
  await tap(page, 'Close');
  await expect.poll(async () => (await numbers(page))[1]).toBeGreaterThan(pages!);
  expect(await atTop()).toBe(before);
  await expect(region).toBeVisible();

  await tap(page, 'Previous page');
  const [afterBack] = await numbers(page);
  expect(afterBack).toBeGreaterThanOrEqual(1);
});
