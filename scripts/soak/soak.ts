import type { Page } from '@playwright/test';
import { probeMemory } from '../bench/memory-probe.ts';
import type { MemoryPoint } from '../bench/memory-verdict.ts';
import { MORNING } from '../bench/sessions.ts';
import { soakVisit } from './soak-visit.ts';

export interface SoakPoint extends MemoryPoint {
  /** The browser shell's server process, when the caller can measure it. */
  serverRssMb?: number;
}

/**
 * 10,000 visits are 16 days of page time: back to the bench's morning (see MORNING) every
 * four hours of it, so the kiosk's nightly reload never ends the one page the soak is about.
 */
const BACK_TO_MORNING_EVERY = 100;

export interface SoakOptions {
  visitors: number;
  /** Visitor counts after which memory is probed (the last should be `visitors`). */
  checkpoints: readonly number[];
  endAfterMs: number;
  serverRssMb?: () => Promise<number>;
}

/**
 * `visitors` visits in one page, no reloads (checked), each ended by the kiosk's own idle reset
 * on the page clock (installed before navigation); the bench's memory probe at each checkpoint.
 */
export async function soak(
  page: Page,
  { visitors, checkpoints, endAfterMs, serverRssMb }: SoakOptions,
): Promise<SoakPoint[]> {
  const points: SoakPoint[] = [];
  const probeAt = new Set(checkpoints);
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
    if (probeAt.has(i)) {
      await attractBack(i);
      const memory = await probeMemory(page);
      const rss = serverRssMb ? { serverRssMb: await serverRssMb() } : {};
      points.push({ sessions: i, ...memory, ...rss });
    }
  }
  return points;
}
