import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/support/chromium-path.ts';
import { E2E_TARGET } from './tests/e2e/support/target.ts';

// Under Electron the window is the kiosk's own full screen, so there is one project, no
// viewport to set and no `npm run serve` process to drive; it runs every test once.
//
// In the browser shell, a test's tags say where it runs in `npm test` (projects portrait and
// landscape):
//   (none)      once, in portrait;
//   @viewport   it measures the layout or pictures the screen: in both orientations;
//   @landscape  a staff screen: once, in landscape, as the staff guide pictures it;
//   @slow       slow by nature (the soak, the axe and layout matrices): not in `npm test`.
// `npm run test:slow` (the slow- projects) runs the @slow tests in both orientations and every
// other test in the orientation `npm test` leaves out: between them, the two lanes run every
// test in both orientations, each once.
const PORTRAIT = { viewport: { width: 1080, height: 1920 }, hasTouch: true };
const LANDSCAPE = { viewport: { width: 1920, height: 1080 }, hasTouch: true };
const UNTAGGED = /^(?!.*@(viewport|landscape|slow)\b)/;
const projects =
  E2E_TARGET === 'electron'
    ? [{ name: 'electron', testIgnore: 'serve-process.spec.ts' }]
    : [
        { name: 'portrait', grepInvert: /@landscape|@slow/, use: PORTRAIT },
        { name: 'landscape', grep: /@viewport|@landscape/, grepInvert: /@slow/, use: LANDSCAPE },
        { name: 'slow-portrait', grep: /@slow|@landscape/, use: PORTRAIT },
        { name: 'slow-landscape', grep: [/@slow/, UNTAGGED], use: LANDSCAPE },
      ];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  // Every core (Playwright's default is half): a worker mostly waits on its browser.
  workers: '100%',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    ...(E2E_TARGET === 'electron'
      ? {}
      : { launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } }),
    trace: 'off',
  },
  projects,
});
