import { FIRST_SCREEN_STATE_ID } from '../../electron/contract/first-screen.ts';
import { ANSWERS_MARK, INTERACTIVE_MARK } from '../../renderer/src/lib/render-marks.ts';
import { expect, test } from './support/fixtures.ts';
import { holdReact } from './support/hold-react.ts';

const ENTRY_SCRIPT = /\/assets\/index-[\w-]+\.js$/;
/** Longer than the style sheet and fonts take to come in on a loaded machine. */
const HOLD_MS = 1_500;

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
  // React's code is held back until the page, drawn from the shell's HTML alone (the entry
  // script only listens), has been photographed; then it runs and React takes the screen over.
  const release = await holdReact(page);
  await kiosk.open({ beforeReact: true });
  await expect(page.locator('.attract__title')).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const before = await page.screenshot({ animations: 'disabled' });
  const reactMarks = await page.evaluate(
    (mark) => performance.getEntriesByName(mark, 'mark').length,
    INTERACTIVE_MARK,
  );
  expect(reactMarks, 'the page was photographed before React ran').toBe(0);
  await release();
  // Hydrated: the attract screen's heading has taken focus, which only React does.
  await expect(page.locator('.attract__title')).toBeFocused();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const after = await page.screenshot({ animations: 'disabled' });
  expect(after.equals(before), 'the screen changed when React took it over').toBe(true);
});

test('"Touch to begin" answers from the first frame: nothing is painted before the entry script runs', async ({
  kiosk,
  page,
}) => {
  // The entry script comes in late: the page must show nothing until it has run, not a
  // button that ignores a touch.
  let paintedWhileHeld = 0;
  await page.route(ENTRY_SCRIPT, async (route) => {
    paintedWhileHeld = await page
      .waitForFunction(() => performance.getEntriesByType('paint').length > 0, undefined, {
        polling: 50,
        timeout: HOLD_MS,
      })
      .then(
        () => 1,
        () => 0,
      );
    await route.continue();
  });
  await kiosk.open({ beforeReact: true });
  await expect(page.getByRole('button', { name: 'Touch to begin' })).toBeVisible();
  const [answers, firstPaint] = await page.evaluate(
    (mark) => [
      performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? NaN,
      performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
    ],
    ANSWERS_MARK,
  );
  expect(paintedWhileHeld, 'the page painted while its entry script was held back').toBe(0);
  expect(answers).toBeLessThanOrEqual(firstPaint);
});
