import type { Page } from '@playwright/test';
import { memorySnapshot, type MemorySnapshot } from '../bench/sessions.ts';
import { soakVisit } from './soak-visit.ts';

export interface SoakPoint extends MemorySnapshot {
  visitors: number;
}

/**
 * `visitors` visits in one page, no reloads, each ended by the kiosk's own idle reset on the
 * page clock (installed before navigation); a memory snapshot every `every` visitors.
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
  };
  for (let i = 1; i <= visitors; i += 1) {
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
