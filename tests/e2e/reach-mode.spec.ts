import type { Page } from '@playwright/test';
import { UI_TEXT } from '../../renderer/src/lib/ui-text.ts';
import { expect, test } from './support/fixtures.ts';
import { findLayoutProblems } from './support/layout-check.ts';
import { layoutProblemsOnEveryScreen, openForLayout } from './support/layout-tour.ts';
import { findOutOfReach, findOutsideBand } from './support/reach-check.ts';
import { applySettings, press, type TextScale } from './support/visitor-tour.ts';
import { skipUnlessOrientationOf } from './support/window-size.ts';

// Reach mode keeps every control below the upper 40% of the screen. Upright at the two smaller
// text sizes, home holds all six programs and All phone numbers there without a swipe; larger,
// and wherever a screen has more than it shows, big scroll buttons sit in the band.

const UPRIGHT = { width: 1080, height: 1920 };

for (const language of ['en', 'es'] as const) {
  for (const textScale of [1, 1.25] satisfies TextScale[]) {
    test(
      `upright, every program and All phone numbers lie within reach without a swipe (${String(textScale * 100)}%, ${language})`,
      { tag: '@viewport' },
      async ({ kiosk }, testInfo) => {
        skipUnlessOrientationOf(UPRIGHT, testInfo);
        const page = await openForLayout(kiosk);
        await page.setViewportSize(UPRIGHT);
        await applySettings(page, { language, textScale, reachMode: true });
        await press(page.getByRole('button', { name: UI_TEXT[language].touchToBegin }));
        await expect(page.locator('.tile')).toHaveCount(6);
        expect(await findOutsideBand(page, '.tile, .home__all-phones')).toEqual([]);
        expect(await page.locator('.screen__area').evaluate((area) => area.scrollTop)).toBe(0);
        expect([...(await findOutOfReach(page)), ...(await findLayoutProblems(page))]).toEqual([]);
      },
    );
  }

  test(
    `at 200% text every screen keeps its controls and scroll buttons within reach (${language})`,
    { tag: '@viewport' },
    async ({ kiosk }) => {
      const page = await openForLayout(kiosk);
      const outOfReach: string[] = [];
      const found = await layoutProblemsOnEveryScreen(
        page,
        { language, textScale: 2, reachMode: true },
        async (shown, screen) => {
          // The welcome screen is one big button: a touch anywhere on it begins.
          if (screen === 'attract') return;
          outOfReach.push(...(await reachProblems(shown, language)).map((p) => `${screen}: ${p}`));
        },
      );
      expect([...found, ...outOfReach]).toEqual([]);
    },
  );
}

/** Reach mode as the screen stands, then once more after a press of Scroll down if it scrolls. */
async function reachProblems(page: Page, language: 'en' | 'es'): Promise<string[]> {
  const problems = await findOutOfReach(page);
  const ui = UI_TEXT[language];
  // The privacy notice's buttons turn pages; the others scroll: either is the way down.
  const either = (a: string, b: string) => new RegExp(`^(${a}|${b})$`);
  const down = page.getByRole('button', { name: either(ui.scrollDown, ui.nextPage) });
  const dialogs = await page.locator('[aria-modal="true"]').count();
  if (dialogs > 0 || (await down.count()) === 0) return problems;
  const area = page.locator('.screen__area');
  const before = await area.evaluate((box) => box.scrollTop);
  await down.tap();
  const after = await area.evaluate((box) => box.scrollTop);
  if (after <= before) problems.push('Scroll down did not scroll the screen');
  problems.push(...(await findOutOfReach(page)).map((p) => `after Scroll down, ${p}`));
  await page.getByRole('button', { name: either(ui.scrollUp, ui.previousPage) }).tap();
  return problems;
}
