// `npm run bench`: start-up, tap, search and memory figures for the browser shell in
// Chromium, printed with their targets. Not a test: it reports, it does not fail on a figure.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { Content } from '../../electron/contract/content-schema.ts';
import { startBrowserShell } from '../../tests/e2e/support/browser-shell.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/chromium-path.ts';
import {
  coldStart,
  memory,
  runSessions,
  staticFcp,
  tapLatency,
  watchPaints,
} from './browser-bench.ts';
import { syntheticContent, timeKeystrokes } from './search-bench.ts';
import { staticHomePage } from './static-page.ts';
import { median, printTable, type Row } from './stats.ts';

const began = Date.now();
const content = Content.parse(JSON.parse(await readFile('data/default-content.json', 'utf8')));
const dataDir = await mkdtemp(join(tmpdir(), 'asb-kiosk-bench-'));
const shell = await startBrowserShell(dataDir);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const fmt = (n: number, unit = 'ms') => `${n.toFixed(1)} ${unit}`;
const verdict = (ok: boolean): Row['verdict'] => (ok ? 'within' : 'over');

try {
  const kiosk = median(await coldStart(browser, shell.url, 15));
  const plain = median(await staticFcp(browser, staticHomePage(content), 15));

  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const page = await context.newPage();
  await page.clock.install();
  await page.addInitScript(watchPaints);
  await page.goto(shell.url);
  await page.getByRole('button', { name: 'Touch to begin' }).click();
  await page.locator('.tiles__item button').first().waitFor();
  const taps = await tapLatency(page, 200);
  await page.clock.runFor(81_000);

  const search = timeKeystrokes(content);
  const searchBig = timeKeystrokes(syntheticContent(content, 1000));

  await runSessions(page, 20);
  const after20 = await memory(page);
  await runSessions(page, 980);
  const after1000 = await memory(page);

  const rows: Row[] = [
    {
      measure: 'cold start: kiosk first screen painted (median)',
      figure: fmt(kiosk),
      target: '',
      verdict: '',
    },
    {
      measure: 'cold start: static page first paint (median)',
      figure: fmt(plain),
      target: '',
      verdict: '',
    },
    {
      measure: 'cold start ratio',
      figure: (kiosk / plain).toFixed(2),
      target: '<= 1.3',
      verdict: verdict(kiosk / plain <= 1.3),
    },
    {
      measure: 'tap to next screen painted p50 (200 taps)',
      figure: fmt(taps.p50),
      target: '',
      verdict: '',
    },
    {
      measure: 'tap to next screen painted p95',
      figure: fmt(taps.p95),
      target: '<= 50 ms',
      verdict: verdict(taps.p95 <= 50),
    },
    {
      measure: 'search per keystroke, default content p95',
      figure: `${fmt(search.p95)} (median ${search.median.toFixed(2)})`,
      target: '<= 5 ms',
      verdict: verdict(search.p95 <= 5),
    },
    {
      measure: 'search per keystroke, 1,000 entries p95',
      figure: `${fmt(searchBig.p95)} (median ${searchBig.median.toFixed(2)})`,
      target: '<= 5 ms',
      verdict: verdict(searchBig.p95 <= 5),
    },
    {
      measure: 'JS heap after 20 / 1,000 sessions',
      figure: `${after20.heapMb.toFixed(2)} / ${after1000.heapMb.toFixed(2)} MB`,
      target: '',
      verdict: '',
    },
    {
      measure: 'JS heap ratio 1000/20',
      figure: (after1000.heapMb / after20.heapMb).toFixed(3),
      target: '<= 1.05',
      verdict: verdict(after1000.heapMb / after20.heapMb <= 1.05),
    },
    {
      measure: 'DOM nodes after 20 / 1,000 sessions',
      figure: `${String(after20.nodes)} / ${String(after1000.nodes)}`,
      target: 'ratio <= 1.05',
      verdict: verdict(after1000.nodes / after20.nodes <= 1.05),
    },
    {
      measure: 'event listeners after 20 / 1,000 sessions',
      figure: `${String(after20.listeners)} / ${String(after1000.listeners)}`,
      target: '',
      verdict: '',
    },
  ];
  printTable(rows);
  process.stdout.write(`\nThe whole run took ${((Date.now() - began) / 1000).toFixed(0)} s.\n`);
  await mkdir('test-results', { recursive: true });
  await writeFile('test-results/bench-results.json', `${JSON.stringify(rows, null, 2)}\n`);
} finally {
  await browser.close();
  await shell.stop();
  await rm(dataDir, { recursive: true, force: true });
}
