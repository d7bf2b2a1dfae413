// `npm run soak [-- VISITORS]`: 10,000 simulated visitors (unless told) in one Chromium page of
// the browser shell, no reloads; prints DOM nodes, event listeners and JS heap as it goes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { WARNING_SECONDS } from '../../renderer/src/lib/idle-timer.ts';
import { startBrowserShell } from '../../tests/e2e/support/browser-shell.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/chromium-path.ts';
import { soak } from './soak.ts';

const visitors = Number(process.argv[2] ?? 10_000);
const began = Date.now();
const dataDir = await mkdtemp(join(tmpdir(), 'asb-kiosk-soak-'));
const shell = await startBrowserShell(dataDir);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  await page.clock.install();
  await page.goto(shell.url);
  await page.locator('.attract').waitFor();
  // Doubled idle time: every visitor turns on an accessibility option.
  const endAfterMs = (60 * 2 + WARNING_SECONDS + 1) * 1000;
  const points = await soak(page, {
    visitors,
    every: Math.max(1, Math.floor(visitors / 10)),
    endAfterMs,
  });
  console.log('visitors | DOM nodes | elements | listeners | JS heap');
  for (const p of points) {
    console.log(
      `${String(p.visitors).padStart(8)} | ${String(p.nodes).padStart(9)} | ${String(p.elements).padStart(8)} | ${String(p.listeners).padStart(9)} | ${p.heapMb.toFixed(2)} MB`,
    );
  }
  const [first, last] = [points[0]!, points.at(-1)!];
  console.log(
    `Growth from ${first.visitors} to ${last.visitors} visitors: DOM nodes ${(last.nodes / first.nodes).toFixed(3)}x, listeners ${(last.listeners / first.listeners).toFixed(3)}x, heap ${(last.heapMb / first.heapMb).toFixed(3)}x. ${((Date.now() - began) / 1000).toFixed(0)} s.`,
  );
} finally {
  await browser.close();
  await shell.stop();
  await rm(dataDir, { recursive: true, force: true });
}
