import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { startBrowserShell } from './browser-shell.ts';

export interface Kiosk {
  dataDir: string;
  /** Starts the kiosk on `dataDir` (prepare files there first) and opens it in `page`. */
  open(): Promise<Page>;
  /** Stops the running kiosk, as closing the app would. */
  stop(): Promise<void>;
}

export const test = base.extend<{ kiosk: Kiosk }>({
  kiosk: async ({ page }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'asb-kiosk-e2e-'));
    let stopShell: (() => Promise<unknown>) | undefined;
    const kiosk: Kiosk = {
      dataDir,
      async open() {
        const shell = await startBrowserShell(dataDir);
        stopShell = shell.stop;
        await page.goto(shell.url);
        return page;
      },
      async stop() {
        await stopShell?.();
        stopShell = undefined;
      },
    };
    await use(kiosk);
    await kiosk.stop();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
