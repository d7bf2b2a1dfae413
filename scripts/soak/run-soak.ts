// `npm run soak [-- VISITORS]`: 10,000 simulated visitors (unless told; SOAK_VISITORS works
// too) in one Chromium page of the browser shell, no reloads. Prints the bench's memory rows
// (the same probe and verdicts) at the soak's points, and the server process's RSS.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { WARNING_SECONDS } from '../../renderer/src/lib/idle-timer.ts';
import { startBrowserShell } from '../../tests/e2e/support/browser-shell.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/chromium-path.ts';
import { reactHasPage } from '../../tests/e2e/support/screens.ts';
import { soakCheckpoints } from '../bench/memory-checkpoints.ts';
import { memoryRows, rssRows, type MemoryRow } from '../bench/memory-rows.ts';
import { findProcessWithArg, rssMb } from './server-rss.ts';
import { soak } from './soak.ts';

const visitors = Number(process.argv[2] ?? process.env.SOAK_VISITORS ?? 10_000);
if (!Number.isInteger(visitors) || visitors < 2) {
  throw new Error(`The soak needs a whole number of visitors, 2 or more (got ${String(visitors)})`);
}
const began = Date.now();
const dataDir = await mkdtemp(join(tmpdir(), 'asb-kiosk-soak-'));
const shell = await startBrowserShell(dataDir);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const serverPid = await findProcessWithArg(dataDir);
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  await page.clock.install();
  await page.goto(shell.url);
  await page.locator('.attract').waitFor();
  await reactHasPage(page);
  // Doubled idle time: every visitor turns on an accessibility option.
  const endAfterMs = (60 * 2 + WARNING_SECONDS + 1) * 1000;
  const points = await soak(page, {
    visitors,
    checkpoints: soakCheckpoints(visitors),
    endAfterMs,
    serverRssMb: () => rssMb(serverPid),
  });
  const rss = points.map((p) => ({ visitors: p.sessions, rssMb: p.serverRssMb ?? Number.NaN }));
  printTable([...memoryRows(points, 'visitors'), ...rssRows(rss)]);
  console.log(`\n${String(visitors)} visitors in ${((Date.now() - began) / 1000).toFixed(0)} s.`);
} finally {
  await browser.close();
  await shell.stop();
  await rm(dataDir, { recursive: true, force: true });
}

function printTable(rows: MemoryRow[]): void {
  const widths = [90, 44, 9];
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
  console.log(line(['measure', 'figure', 'target', 'pass/over']));
  for (const [measure, figure, target, within] of rows) {
    console.log(
      line([measure, figure, target ?? '', within === undefined ? '' : within ? 'pass' : 'over']),
    );
  }
}
