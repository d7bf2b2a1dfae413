import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/chromium-path.ts';
import { probeMemory } from './memory-probe.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser.close();
});

describe('probeMemory', () => {
  it('counts detached nodes JavaScript holds, listeners, and what garbage collection frees', async () => {
    const page = await browser.newPage();
    await page.setContent('<main><ul id="list"><li>a</li><li>b</li></ul></main>');
    const before = await probeMemory(page);
    expect(before.detachedNodes).toBe(0);
    // html, head, body, main, ul and two li.
    expect(before.elements).toBe(7);

    // A held, removed list (ul, two li, two text nodes) and two listeners on the document.
    await page.evaluate(() => {
      const list = document.getElementById('list')!;
      list.remove();
      (window as unknown as { held: Element }).held = list;
      document.addEventListener('click', () => undefined);
      document.addEventListener('keydown', () => undefined);
    });
    const held = await probeMemory(page);
    expect(held.detachedNodes).toBe(5);
    expect(held.listeners - before.listeners).toBe(2);
    expect(held.elements).toBe(4);

    // Let go: after the probe's forced collections nothing detached is left.
    await page.evaluate(() => {
      delete (window as unknown as { held?: Element }).held;
    });
    const released = await probeMemory(page);
    expect(released.detachedNodes).toBe(0);
    expect(released.heapMb).toBeGreaterThan(0);
    await page.close();
  });
});
