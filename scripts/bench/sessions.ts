import type { Page } from '@playwright/test';
import { probeMemory } from './memory-probe.ts';
import type { MemoryPoint } from './memory-verdict.ts';
import { sessionVisit } from './session-visit.ts';

/**
 * The page's wall clock is held to a weekday morning (setting the time moves Date only; the
 * page's timers run on regardless).
 */
export const MORNING = new Date(2026, 11, 7, 8, 0);

/**
 * `count` visitors one after another, each ended by the kiosk's own idle reset: the page clock
 * (installed before navigation) runs past the idle timeout and the warning's countdown.
 */
export async function runSessions(page: Page, count: number, endAfterMs: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    // 1,000 sessions are most of a day of page time: without this the kiosk's nightly reload
    // (03:00) would end the page being measured.
    await page.clock.setSystemTime(MORNING);
    const missing = await page.evaluate(sessionVisit, i);
    if (missing.length > 0) throw new Error(`A visitor could not find: ${missing.join(', ')}`);
    await page.clock.runFor(endAfterMs);
    if ((await page.locator('.attract').count()) !== 1) {
      throw new Error('The idle reset did not bring back the attract screen');
    }
  }
}

/**
 * Sessions up to each checkpoint in turn, a memory probe at each: the bench's memory points.
 */
export async function memoryPoints(
  page: Page,
  checkpoints: readonly number[],
  endAfterMs: number,
): Promise<MemoryPoint[]> {
  const points: MemoryPoint[] = [];
  let done = 0;
  for (const sessions of checkpoints) {
    await runSessions(page, sessions - done, endAfterMs);
    done = sessions;
    points.push({ sessions, ...(await probeMemory(page)) });
  }
  return points;
}
