import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/support/chromium-path.ts';
import { E2E_TARGET } from './tests/e2e/support/target.ts';

// Under Electron the window is the kiosk's own full screen, so there is one project and no
// viewport to set; in the browser shell both lobby orientations are tested.
const projects =
  E2E_TARGET === 'electron'
    ? [{ name: 'electron' }]
    : [
        { name: 'portrait', use: { viewport: { width: 1080, height: 1920 }, hasTouch: true } },
        { name: 'landscape', use: { viewport: { width: 1920, height: 1080 }, hasTouch: true } },
      ];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
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
