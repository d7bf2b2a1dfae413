import { FIRST_SCREEN_STATE_ID } from '../../electron/contract/first-screen.ts';
import { expect, test } from './support/fixtures.ts';

const ENTRY_SCRIPT = /\/assets\/index-[\w-]+\.js$/;

test('the first screen is in the page the shell sends, and shows without any script @viewport', async ({
  kiosk,
  browser,
}) => {
  const page = await kiosk.open();
  const html = await (await page.request.get(page.url())).text();
  expect(html).toContain(`<script type="application/json" id="${FIRST_SCREEN_STATE_ID}">`);

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  try {
    const bare = await noScript.newPage();
    await bare.goto(page.url());
    await expect(bare.getByRole('heading', { level: 1 })).toHaveText(
      'Administrative Services Bureau — Visitor information',
    );
    await expect(bare.getByRole('button', { name: 'Touch to begin' })).toBeVisible();
  } finally {
    await noScript.close();
  }
});

test('hydration changes nothing on screen: pixel for pixel the same before and after @viewport', async ({
  kiosk,
  page,
}) => {
  let before: Buffer | undefined;
  // The kiosk's script is held back until the page, drawn from the shell's HTML alone, has
  // been photographed; then it runs and React takes the screen over.
  await page.route(ENTRY_SCRIPT, async (route) => {
    await expect(page.locator('.attract__title')).toBeVisible();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    before = await page.screenshot({ animations: 'disabled' });
    await route.continue();
  });
  await kiosk.open({ beforeReact: true });
  // Hydrated: the attract screen's heading has taken focus, which only React does.
  await expect(page.locator('.attract__title')).toBeFocused();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const after = await page.screenshot({ animations: 'disabled' });
  expect(before, 'the page was photographed before its script ran').toBeDefined();
  expect(after.equals(before!), 'the screen changed when React took it over').toBe(true);
});
