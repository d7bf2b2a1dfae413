import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { UI_TEXT } from '../../renderer/src/lib/ui-text.ts';
import { expect, test } from './support/fixtures.ts';
import { christmasEve, writeNoticeContent } from './support/notice-content.ts';
import { shoot, tap } from './support/screens.ts';

// Each test runs axe on a dozen screens (twice each in high contrast): minutes, not seconds.
test.describe.configure({ timeout: 180_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Variant {
  name: string;
  language: 'en' | 'es';
  settings: Array<string | RegExp>;
  /** English runs in every `npm test`; the rest of the matrix in `npm run test:slow`. */
  tag: string[];
}

const VARIANTS: Variant[] = [
  { name: 'en', language: 'en', settings: [], tag: [] },
  { name: 'es', language: 'es', settings: [], tag: ['@slow'] },
  { name: 'en-contrast', language: 'en', settings: [/high contrast/i], tag: ['@slow'] },
  { name: 'es-contrast', language: 'es', settings: [/alto contraste/i], tag: ['@slow'] },
  { name: 'en-200', language: 'en', settings: ['200%'], tag: ['@slow'] },
];

async function expectNoViolations(page: Page, where: string, contrast: boolean): Promise<void> {
  const runs = [new AxeBuilder({ page }).withTags(TAGS)];
  // In high contrast, text must also meet the enhanced 7:1 ratio.
  if (contrast) runs.push(new AxeBuilder({ page }).withRules(['color-contrast-enhanced']));
  for (const run of runs) {
    const { violations, passes } = await run.analyze();
    const found = violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(found, `axe on ${where}`).toEqual([]);
    expect(passes.length, `axe checked something on ${where}`).toBeGreaterThan(0);
  }
}

for (const variant of VARIANTS) {
  const title = `axe finds nothing on any visitor screen (${variant.name})`;
  test(title, { tag: variant.tag }, async ({ kiosk }, testInfo) => {
    // With an announcement showing and office hours set, so their screens are checked too.
    await writeNoticeContent(kiosk.dataDir);
    const page = await kiosk.open({ clock: christmasEve('12:30') });
    const ui = UI_TEXT[variant.language];
    const contrast = variant.name.includes('contrast');
    if (variant.language === 'es') await tap(page, 'Español');
    if (variant.settings.length > 0) {
      await tap(page, ui.accessibility);
      for (const setting of variant.settings)
        await page.getByRole('button', { name: setting }).tap();
      await expectNoViolations(page, 'the accessibility panel', contrast);
      await tap(page, ui.close);
    }
    await expect(page.locator('.announcement')).toBeVisible();
    await expectNoViolations(page, 'attract', contrast);
    await tap(page, ui.touchToBegin);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page, 'home', contrast);
    if (variant.name.endsWith('contrast')) await shoot(page, testInfo, `axe-home-${variant.name}`);

    const tiles = await page.locator('.tiles__item button').all();
    for (let index = 0; index < tiles.length; index += 1) {
      await page.locator('.tiles__item button').nth(index).tap();
      await expectNoViolations(page, `program ${String(index + 1)}`, contrast);
      await tap(page, ui.home);
    }
    await tap(page, ui.allPhoneNumbers);
    await expectNoViolations(page, 'all phone numbers', contrast);
    await tap(page, ui.privacy);
    await expectNoViolations(page, 'privacy', contrast);
    await tap(page, ui.search);
    await expectNoViolations(page, 'search', contrast);
    await page.getByRole('button', { name: 'c', exact: true }).tap();
    await expect(page.getByRole('list', { name: ui.results })).toBeVisible();
    await expectNoViolations(page, 'search results', contrast);

    await page.clock.runFor(60_000 * (variant.settings.length > 0 ? 2 : 1));
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectNoViolations(page, 'the idle warning', contrast);
  });
}
