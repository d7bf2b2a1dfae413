import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { layoutProblemsOnEveryScreen, openForLayout } from './support/layout-tour.ts';
import { shoot } from './support/screens.ts';
import type { TextScale } from './support/visitor-tour.ts';

// Slow lane, in both orientations: every text size in both languages on every visitor screen,
// each screen pictured in tests/e2e/screenshots/<project>-layout-<language>-<size>-<screen>.png
// to be looked at; then high contrast at the largest size, with axe on every screen.
test.describe.configure({ timeout: 180_000 });

const LANGUAGES = ['en', 'es'] as const;
const SCALES: TextScale[] = [1, 1.25, 1.5, 2];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const percent = (scale: TextScale) => `${String(scale * 100)}`;

for (const language of LANGUAGES) {
  for (const textScale of SCALES) {
    test(
      `every visitor screen holds at ${percent(textScale)}% text (${language})`,
      { tag: '@slow' },
      async ({ kiosk }, testInfo) => {
        const page = await openForLayout(kiosk);
        const found = await layoutProblemsOnEveryScreen(
          page,
          { language, textScale },
          (shown, screen) =>
            shoot(shown, testInfo, `layout-${language}-${percent(textScale)}-${screen}`),
        );
        expect(found).toEqual([]);
      },
    );
  }

  test(
    `in high contrast at 200% text every visitor screen holds and axe finds nothing (${language})`,
    { tag: '@slow' },
    async ({ kiosk }, testInfo) => {
      const page = await openForLayout(kiosk);
      const violations: string[] = [];
      const found = await layoutProblemsOnEveryScreen(
        page,
        { language, textScale: 2, highContrast: true },
        async (shown, screen) => {
          violations.push(...(await axeViolations(shown)).map((v) => `${screen}: ${v}`));
          await shoot(shown, testInfo, `layout-${language}-200-contrast-${screen}`);
        },
      );
      expect(found).toEqual([]);
      expect(violations).toEqual([]);
    },
  );
}

/** WCAG 2.2 AA and best practice, and in high contrast the enhanced 7:1 ratio too. */
async function axeViolations(page: Page): Promise<string[]> {
  const runs = [
    new AxeBuilder({ page }).withTags(AXE_TAGS),
    new AxeBuilder({ page }).withRules(['color-contrast-enhanced']),
  ];
  const found: string[] = [];
  for (const run of runs) {
    const { violations } = await run.analyze();
    for (const v of violations)
      found.push(`${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  return found;
}
