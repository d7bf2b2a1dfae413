import type { Page } from '@playwright/test';
import {
  countWholeTiles,
  findLayoutProblems,
  findMissingTools,
  findWrappedBar,
} from './layout-check.ts';
import { christmasEve, writeNoticeContent } from './notice-content.ts';
import type { Kiosk } from './fixtures.ts';
import { applySettings, tourVisitorScreens, type VisitorSettings } from './visitor-tour.ts';

/** Called on each screen after it has been measured, e.g. to take its picture. */
export type AfterLook = (page: Page, screen: string) => Promise<void>;

/**
 * Opens the kiosk with an announcement showing and office hours set (more to lay out), at a
 * fixed time with the page's clock installed (for the idle warning).
 */
export async function openForLayout(kiosk: Kiosk): Promise<Page> {
  await writeNoticeContent(kiosk.dataDir);
  return kiosk.open({ clock: christmasEve('12:30') });
}

/**
 * Every visitor screen with `settings`, each measured: the findings as "screen: problem"
 * lines, [] when every screen holds.
 */
export async function layoutProblemsOnEveryScreen(
  page: Page,
  settings: VisitorSettings,
  afterLook?: AfterLook,
): Promise<string[]> {
  await applySettings(page, settings);
  const found: string[] = [];
  await tourVisitorScreens(page, settings.language, async (screen) => {
    const problems = await findLayoutProblems(page);
    const dialog = screen === 'accessibility-panel' || screen === 'idle-warning';
    if (!dialog) {
      problems.push(...(await findMissingTools(page, settings.language, screen === 'attract')));
      problems.push(...(await findWrappedBar(page)));
    }
    if (screen === 'home' && (await countWholeTiles(page)) === 0)
      problems.push('no program tile is wholly on screen and uncovered');
    found.push(...problems.map((problem) => `${screen}: ${problem}`));
    await afterLook?.(page, screen);
  });
  return found;
}
