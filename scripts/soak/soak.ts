import type { Page } from '@playwright/test';
import { memorySnapshot, type MemorySnapshot } from '../bench/sessions.ts';
import { soakVisit } from './soak-visit.ts';

export interface SoakPoint extends MemorySnapshot {
  visitors: number;
}

/**
 * The page's wall clock is held to a weekday morning: 10,000 visits are 16 days of page time,
 * and the kiosk's own nightly reload (03:00) would otherwise end the one page the soak is
 * about. Setting the time moves Date only; the page's timers run on regardless.
 */
const MORNING = new Date(2026, 11, 7, 8, 0);
/** About four hours of page time: the clock never gets near the night. */
const BACK_TO_MORNING_EVERY = 100;

/**
 * `visitors` visits in one page, no reloads (checked), each ended by the kiosk's own idle reset
 * on the page clock (installed before navigation); a memory snapshot every `every` visitors.
 */
export async function soak(
  page: Page,
  { visitors, every, endAfterMs }: { visitors: number; every: number; endAfterMs: number },
): Promise<SoakPoint[]> {
  const points: SoakPoint[] = [];
  const attractBack = async (after: number): Promise<void> => {
    if ((await page.locator('.attract').count()) !== 1) {
      throw new Error(
        `The idle reset did not bring back the attract screen after visitor ${after}`,
      );
    }
    // A mark only this page load carries: a reload would have wiped it.
    if ((await page.locator('html[data-soak-page]').count()) !== 1) {
      throw new Error(`The page was reloaded before visitor ${after}: the soak needs one page`);
    }
  };
  await page.evaluate(() => document.documentElement.setAttribute('data-soak-page', ''));
  for (let i = 1; i <= visitors; i += 1) {
    if (i % BACK_TO_MORNING_EVERY === 1) await page.clock.setSystemTime(MORNING);
    // Each visit begins on the attract screen, so its first step checks the last reset.
    const missing = await page.evaluate(soakVisit, i);
    if (missing.length > 0) {
      if (i > 1 && missing[0]?.startsWith('.attract ')) await attractBack(i - 1);
      throw new Error(`Visitor ${i} could not find: ${missing.join(', ')}`);
    }
    await page.clock.runFor(endAfterMs);
    if (i % every === 0 || i === visitors) {
      await attractBack(i);
      points.push({ visitors: i, ...(await memorySnapshot(page)) });
    }
  }
  return points;
}
