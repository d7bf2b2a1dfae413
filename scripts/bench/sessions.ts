import type { Page } from '@playwright/test';
import { visitOnce } from './page-probes.ts';

/**
 * `count` visitors one after another, each ended by the kiosk's own idle reset: the page clock
 * (installed before navigation) runs past the idle timeout and the warning's countdown.
 */
export async function runSessions(page: Page, count: number, endAfterMs: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const missing = await page.evaluate(visitOnce, i);
    if (missing.length > 0) throw new Error(`A visitor could not find: ${missing.join(', ')}`);
    await page.clock.runFor(endAfterMs);
    if ((await page.locator('.attract').count()) !== 1) {
      throw new Error('The idle reset did not bring back the attract screen');
    }
  }
}

export interface MemorySnapshot {
  heapMb: number;
  /** DOM nodes the renderer process holds (CDP), detached ones not yet collected included. */
  nodes: number;
  /** Elements in the document. */
  elements: number;
  listeners: number;
}

/** After two forced full collections, so only what is still reachable counts. */
export async function memorySnapshot(page: Page): Promise<MemorySnapshot> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return {
      heapMb: get('JSHeapUsedSize') / 2 ** 20,
      nodes: get('Nodes'),
      elements: await page.evaluate(() => document.getElementsByTagName('*').length),
      listeners: get('JSEventListeners'),
    };
  } finally {
    await cdp.detach();
  }
}
