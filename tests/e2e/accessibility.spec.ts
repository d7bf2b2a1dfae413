import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { beginAtHome, reactHasPage, shoot, tap } from './support/screens.ts';
import { speechSpy, spoken } from './support/speech-spy.ts';

const panel = (page: Page) => page.getByRole('dialog', { name: /accessibility options/i });

async function setInPanel(page: Page, ...buttons: Array<string | RegExp>): Promise<void> {
  await tap(page, 'Accessibility');
  for (const name of buttons) await page.getByRole('button', { name }).tap();
  await tap(page, 'Close');
  await expect(panel(page)).toHaveCount(0);
}

test('the accessibility panel is one tap away on every screen', async ({ kiosk }, testInfo) => {
  const page = await kiosk.open();
  await tap(page, 'Accessibility');
  await expect(panel(page)).toBeVisible();
  await tap(page, 'Close');
  await tap(page, 'Touch to begin');
  for (const screen of ['Home', 'Contracts', 'Privacy']) {
    if (screen !== 'Home') await tap(page, screen);
    await tap(page, 'Accessibility');
    await expect(panel(page)).toBeVisible();
    await shoot(page, testInfo, `accessibility-panel-${screen.toLowerCase()}`);
    await tap(page, 'Close');
    if (screen === 'Contracts') await tap(page, 'Home');
  }
});

test(
  'text size grows to 200% with nothing cut off',
  { tag: '@viewport' },
  async ({ kiosk }, testInfo) => {
    const page = await kiosk.open();
    await beginAtHome(page);
    const bodySize = () =>
      page.locator('body').evaluate((b) => parseFloat(getComputedStyle(b).fontSize));
    expect(await bodySize()).toBe(28);
    await setInPanel(page, '200%');
    expect(await bodySize()).toBe(56);
    await shoot(page, testInfo, 'home-text-200');
    for (const program of ['Training Reimbursement', 'Rule Making and Information Release']) {
      await tap(page, program);
      // Nothing spills sideways: every region and button fits its own width.
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main, nav, button, h1, h2, p, li')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => el.textContent?.slice(0, 40)),
      );
      expect(overflowing).toEqual([]);
      await tap(page, 'Home');
    }
    await tap(page, 'Training Reimbursement');
    await shoot(page, testInfo, 'program-text-200');
  },
);

test('high contrast turns the screen to light text on black', async ({ kiosk }, testInfo) => {
  const page = await kiosk.open();
  await beginAtHome(page);
  await setInPanel(page, /high contrast/i);
  const colors = await page.locator('body').evaluate((b) => {
    const style = getComputedStyle(b);
    return {
      color: style.color,
      background: getComputedStyle(document.documentElement).backgroundColor,
    };
  });
  expect(colors).toEqual({ color: 'rgb(255, 255, 255)', background: 'rgb(0, 0, 0)' });
  await shoot(page, testInfo, 'home-high-contrast');
});

test(
  'reach mode brings every control into the lower part of the screen',
  { tag: '@viewport' },
  async ({ kiosk }, testInfo) => {
    const page = await kiosk.open();
    await beginAtHome(page);
    await setInPanel(page, /reach mode/i);
    const height = page.viewportSize()?.height ?? 0;
    for (const screen of ['Home', 'Contracts', 'Privacy']) {
      if (screen === 'Contracts') await tap(page, 'Home');
      await tap(page, screen);
      const tops = await page.evaluate(() =>
        [...document.querySelectorAll('button')]
          .map((b) => b.getBoundingClientRect())
          .filter((r) => r.bottom > 0 && r.top < window.innerHeight && r.width > 0)
          .map((r) => r.top),
      );
      expect(tops.length).toBeGreaterThan(2);
      expect(Math.min(...tops)).toBeGreaterThanOrEqual(height * 0.4 - 1);
    }
    await tap(page, 'Home');
    await shoot(page, testInfo, 'home-reach-mode');
  },
);

test('reduced motion follows the system setting', async ({ kiosk }) => {
  const page = await kiosk.open();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await reactHasPage(page);
  await tap(page, 'Accessibility');
  await expect(page.getByRole('button', { name: /reduced motion/i })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('Listen is in the same place on every screen and reads the screen aloud', async ({
  kiosk,
}) => {
  const page = await kiosk.open({ initScript: speechSpy });
  const listen = page.getByRole('button', { name: 'Listen', exact: true });
  await expect(listen).toBeVisible();
  // Measured in the kiosk's own font: before it has loaded, the fallback font is wider.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const onAttract = await listen.boundingBox();

  await tap(page, 'Touch to begin');
  await expect
    .poll(() => spoken(page))
    .toEqual(['For spoken help, touch the Listen button at the bottom left corner of the screen.']);
  const boxes = [await listen.boundingBox()];
  await tap(page, 'Contracts');
  boxes.push(await listen.boundingBox());
  for (const box of boxes) expect(box).toEqual(onAttract);

  // Read aloud on, and speaking: Stop, Repeat, Previous and Next show, in a row of their own;
  // Listen and the bottom bar stay exactly where they were.
  const bar = page.locator('footer');
  const barBefore = await bar.boundingBox();
  await tap(page, 'Listen');
  await expect(page.getByRole('group', { name: 'Speech controls' })).toBeVisible();
  expect(await listen.boundingBox()).toEqual(onAttract);
  expect(await bar.boundingBox()).toEqual(barBefore);
  // The screen is read a block at a time, from its title.
  await expect.poll(() => spoken(page)).toContain('9 1 6, 2 2 7, 3 9 2 4');
  const read = (await spoken(page)).slice(1);
  expect(read.slice(0, 3)).toEqual(['Contracts', 'Phone', 'Contracts Unit']);

  // While read aloud is on, a tapped item is spoken on its own, once; Repeat says it again and
  // Next goes on from it. All that is said from the tap on is compared whole, so a block said
  // twice, or the reading's own words taken for the tap's, fails the test.
  const from = (await spoken(page)).length;
  const saidSince = async () => (await spoken(page)).slice(from);
  const paragraph = expect.stringMatching(/^POST processes/);
  await page.getByText(/POST processes approximately 250 contracts/).tap();
  await expect.poll(saidSince).toEqual([paragraph]);
  await tap(page, 'Repeat');
  await expect.poll(saidSince).toEqual([paragraph, paragraph]);
  await tap(page, 'Next');
  const next = expect.stringMatching(/^Questions about/);
  await expect.poll(saidSince).toEqual([paragraph, paragraph, next]);
  await tap(page, 'Previous');
  await expect.poll(saidSince).toEqual([paragraph, paragraph, next, paragraph]);
});
