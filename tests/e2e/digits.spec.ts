import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { beginAtHome, tap } from './support/screens.ts';

/** The fonts Chromium really drew an element's own text with (not what the CSS asks for). */
async function fontsDrawing(page: Page, element: Locator): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await element.evaluate((node) => node.setAttribute('data-font-probe', ''));
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: '[data-font-probe]',
  });
  await cdp.send('CSS.enable');
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await element.evaluate((node) => node.removeAttribute('data-font-probe'));
  await cdp.detach();
  return fonts.map((font) => font.familyName);
}

// A zero with a slash cannot be read as the letter O in a number to dial; in "250 contracts" or
// "$16 million" it only looks odd. Only phone numbers keep it.
test('the slashed zero only in phone numbers', async ({ kiosk }) => {
  const page = await kiosk.open();
  await beginAtHome(page);
  await tap(page, 'Contracts');
  const paragraph = page.locator('p.prose', { hasText: '250 contracts' });
  await expect(paragraph).toBeVisible();
  await page.evaluate(() => document.fonts.ready);

  // Fontsource's static cut of Public Sans keeps its variable font's name, "Public Sans Thin".
  expect(await fontsDrawing(page, paragraph)).toContainEqual(expect.stringMatching(/^Public Sans/));
  const inText = page.locator('p.prose .phone-digits', { hasText: '(916) 227-3924' });
  expect(await fontsDrawing(page, inText)).toEqual(['Atkinson Hyperlegible Next']);
  const onCard = page.locator('.phone-card__number').first();
  expect(await fontsDrawing(page, onCard)).toEqual(['Atkinson Hyperlegible Next']);
});

// The page count sets the label's width, the label the buttons' widths, they the room the notice
// has, and so the page count: digits of different widths made the buttons move for ever at 200%.
test('the privacy notice’s page label keeps its width whatever the numbers', async ({ kiosk }) => {
  const page = await kiosk.open();
  await beginAtHome(page);
  await tap(page, 'Privacy');
  const label = page.locator('.scroll-buttons__page');
  await expect(label).toHaveText(/^Page 1 of \d+$/);
  const widths = await label.evaluate((element) => {
    const measured = new Set<number>();
    for (let pages = 10; pages <= 99; pages += 1) {
      element.textContent = `Page 1 of ${String(pages)}`;
      measured.add(element.getBoundingClientRect().width);
    }
    return [...measured];
  });
  expect(widths).toHaveLength(1);
});
