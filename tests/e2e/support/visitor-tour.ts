import { expect, type Locator, type Page } from '@playwright/test';
import type { Language } from '../../../renderer/src/lib/localize.ts';
import { UI_TEXT } from '../../../renderer/src/lib/ui-text.ts';

export type TextScale = 1 | 1.25 | 1.5 | 2;

export interface VisitorSettings {
  language: Language;
  textScale: TextScale;
  highContrast?: boolean;
  reachMode?: boolean;
}

/** The kiosk's idle timeout is 60 s and its warning lasts 20 s. */
const IDLE_STEP_MS = 10_000;
const IDLE_WAIT_MS = 300_000;

/**
 * Presses by the click a tap ends in, wherever the control lies: a tour must reach every
 * screen even where the layout under test has pushed a control off the window.
 */
export const press = (control: Locator) => control.dispatchEvent('click');

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

const percent = (scale: TextScale) => `${String(scale * 100)}%`;

/** From the attract screen, as a visitor sets them: the language, then the accessibility panel. */
export async function applySettings(page: Page, settings: VisitorSettings): Promise<void> {
  const ui = UI_TEXT[settings.language];
  if (settings.language === 'es') await press(button(page, 'Español'));
  await press(button(page, ui.accessibility));
  await press(page.getByRole('button', { name: percent(settings.textScale) }));
  if (settings.highContrast) await press(button(page, ui.highContrast));
  if (settings.reachMode) await press(button(page, ui.reachMode));
  await press(button(page, ui.close));
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * Every screen a visitor can reach, from attract, `look` called on each with a short name for
 * it: attract, the accessibility panel, home, each program, all phone numbers, privacy, search
 * with results, and last the idle warning (the page's clock must be installed), left showing.
 */
export async function tourVisitorScreens(
  page: Page,
  language: Language,
  look: (screen: string) => Promise<void>,
): Promise<void> {
  const ui = UI_TEXT[language];
  const heading = page.getByRole('heading', { level: 1 });
  await expect(button(page, ui.touchToBegin)).toBeVisible();
  await look('attract');
  await press(button(page, ui.accessibility));
  await expect(page.getByRole('dialog')).toBeVisible();
  await look('accessibility-panel');
  await press(button(page, ui.close));

  await press(button(page, ui.touchToBegin));
  await expect(page.locator('.tile').first()).toBeVisible();
  await look('home');
  const tiles = page.locator('.tile');
  const count = await tiles.count();
  for (let index = 0; index < count; index += 1) {
    await press(tiles.nth(index));
    await expect(page.locator('.program__title')).toBeVisible();
    await look(`program-${String(index + 1)}`);
    await press(button(page, ui.home));
  }
  await press(button(page, ui.allPhoneNumbers));
  await expect(heading).toHaveText(ui.allPhoneNumbers);
  await look('phones');
  await press(button(page, ui.privacy));
  await expect(page.locator('.privacy__policy')).toBeVisible();
  await look('privacy');
  await press(button(page, ui.search));
  await press(button(page, 'c'));
  await expect(page.getByRole('list', { name: ui.results })).toBeVisible();
  await look('search-results');

  // The idle timer waits while the kiosk speaks (it said where Listen is), so the warning
  // comes a little after the timeout: step the clock, in steps shorter than the warning lasts.
  const warning = page.getByRole('alertdialog');
  for (
    let waited = 0;
    waited < IDLE_WAIT_MS && (await warning.count()) === 0;
    waited += IDLE_STEP_MS
  )
    await page.clock.runFor(IDLE_STEP_MS);
  await expect(warning).toBeVisible();
  await look('idle-warning');
}
