// `npm run bench`: start-up, tap, search and memory figures for the browser shell in Chromium,
// printed against their targets. Not a test: it reports, and fails only if it could not measure.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { Content } from '../../electron/contract/content-schema.ts';
import { WARNING_SECONDS } from '../../renderer/src/lib/idle-timer.ts';
import { startBrowserShell } from '../../tests/e2e/support/browser-shell.ts';
import { openKiosk, reactHasPage } from '../../tests/e2e/support/screens.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/chromium-path.ts';
import { kioskTiles, pageStart, type KioskTiles, type PageStart } from './cold-start.ts';
import { BENCH_CHECKPOINTS } from './memory-checkpoints.ts';
import { logTapsAndPaints } from './page-probes.ts';
import { builtPreloadFigures } from './preload-bench.ts';
import { publishFigures } from './publish-bench.ts';
import { report } from './report.ts';
import { keystrokeTimes, syntheticContent } from './search-bench.ts';
import type { StartUpFigures } from './start-up-rows.ts';
import { memoryPoints } from './sessions.ts';
import { serveStaticPage } from './static-server.ts';
import { staticHomePage } from './static-page.ts';
import { median, spread } from './stats.ts';
import { tapLatencies } from './tap-latency.ts';

const START_RUNS = 15;
const TAPS = 200;
const PORTRAIT = { viewport: { width: 1080, height: 1920 }, hasTouch: true };

const began = Date.now();
const content = Content.parse(JSON.parse(await readFile('data/default-content.json', 'utf8')));
const dataDir = await mkdtemp(join(tmpdir(), 'asb-kiosk-bench-'));
const shell = await startBrowserShell(dataDir);
const plain = await serveStaticPage(staticHomePage(content));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

/**
 * Kiosk and static page take turns, so a slow spell of the machine falls on both. The attract
 * screen is timed left alone, the tiles in runs of their own with "begin" touched at once.
 */
async function startUp(b: Browser): Promise<StartUpFigures> {
  // The browser's first pages pay one-off costs: not counted.
  await pageStart(b, shell.url);
  await kioskTiles(b, shell.url);
  await pageStart(b, plain.url);
  const attract: PageStart[] = [];
  const tiles: KioskTiles[] = [];
  const baseline: PageStart[] = [];
  for (let i = 0; i < START_RUNS; i += 1) {
    attract.push(await pageStart(b, shell.url));
    tiles.push(await kioskTiles(b, shell.url));
    baseline.push(await pageStart(b, plain.url));
  }
  const of = <T>(runs: T[], pick: (run: T) => number) => median(runs.map(pick));
  return {
    startRuns: START_RUNS,
    staticMainText: of(baseline, (run) => run.mainText),
    staticFcp: of(baseline, (run) => run.fcp),
    attract: of(attract, (run) => run.mainText),
    kioskFcp: of(attract, (run) => run.fcp),
    tiles: of(tiles, (run) => run.tiles),
    answers: of(tiles, (run) => run.answers),
    begin: of(tiles, (run) => run.begin),
    touchToTiles: of(tiles, (run) => run.touchToTiles),
    react: of(tiles, (run) => run.react),
  };
}

async function taps(b: Browser) {
  const context = await b.newContext(PORTRAIT);
  const page = await context.newPage();
  await page.addInitScript(logTapsAndPaints);
  await openKiosk(page, shell.url);
  await page.getByRole('button', { name: 'Touch to begin' }).tap();
  await page.locator('.tiles__item button').first().waitFor();
  const times = await tapLatencies(page, TAPS);
  await context.close();
  return spread(times);
}

async function memory(b: Browser) {
  const context = await b.newContext(PORTRAIT);
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(shell.url);
  await page.locator('.attract').waitFor();
  await reactHasPage(page);
  const endAfterMs = (content.kiosk.idleTimeoutSeconds + WARNING_SECONDS + 1) * 1000;
  const points = await memoryPoints(page, BENCH_CHECKPOINTS, endAfterMs);
  await context.close();
  return points;
}

try {
  const start = await startUp(browser);
  const tapSpread = await taps(browser);
  const search = {
    defaultContent: spread(keystrokeTimes(content)),
    thousandEntries: spread(keystrokeTimes(syntheticContent(content, 1000))),
  };
  const mem = await memory(browser);
  const preload = await builtPreloadFigures();
  const publish = await publishFigures(content);
  await report(
    { ...start, taps: tapSpread, search, memory: mem, preload, publish },
    (Date.now() - began) / 1000,
  );
} finally {
  await browser.close();
  await plain.stop();
  await shell.stop();
  await rm(dataDir, { recursive: true, force: true });
}
