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
    // A megabyte of numbers (2^17 doubles) held from JavaScript is counted among the objects.
    const objectsBefore = held.objectsMb;
    await page.evaluate(() => {
      (window as unknown as { numbers: number[] }).numbers = Array.from(
        { length: 2 ** 17 },
        (_, i) => i + 0.5,
      );
    });
    expect((await probeMemory(page)).objectsMb - objectsBefore).toBeGreaterThan(0.9);
    expect(held.listeners - before.listeners).toBe(2);
    expect(held.elements).toBe(4);

    // Let go: after the probe's forced collections nothing detached is left.
    await page.evaluate(() => {
      delete (window as unknown as { held?: Element }).held;
      delete (window as unknown as { numbers?: number[] }).numbers;
    });
    const released = await probeMemory(page);
    expect(released.detachedNodes).toBe(0);
    expect(released.heapMb).toBeGreaterThan(0);
    // The snapshot's two sums are parts of the heap, and both are there.
    expect(released.objectsMb).toBeGreaterThan(0);
    expect(released.codeMb).toBeGreaterThan(0);
    expect(released.objectsMb + released.codeMb).toBeLessThan(released.heapMb);
    await page.close();
  });
});
