import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/support/chromium-path.ts';

const electron = process.env.KIOSK_E2E_TARGET === 'electron';

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
    ...(electron ? {} : { launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } }),
    trace: 'off',
  },
  projects: [
    { name: 'portrait', use: { viewport: { width: 1080, height: 1920 }, hasTouch: true } },
    { name: 'landscape', use: { viewport: { width: 1920, height: 1080 }, hasTouch: true } },
  ],
});
