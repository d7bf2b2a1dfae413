import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { launchElectronApp } from './electron-app.ts';
import { startInProcessShell, type InProcessShell } from './in-process-shell.ts';
import { openKiosk, reactHasPage } from './screens.ts';
import { E2E_TARGET } from './target.ts';

export interface Kiosk {
  dataDir: string;
  /**
   * Starts the kiosk on `dataDir` (prepare files there first) and opens it in a page, once
   * React has it (before then the page answers only "begin"). With `clock`, Playwright's clock
   * runs the page's timers from its first script on.
   */
  open(options?: OpenOptions): Promise<Page>;
  /** Stops the running kiosk, as closing the app would. */
  stop(): Promise<void>;
}

export interface OpenOptions {
  /** true: the clock starts at the real time; a Date: it starts then (the machine's zone). */
  clock?: boolean | Date;
  /** Runs in the page before the kiosk's own scripts, e.g. a spy on speechSynthesis. */
  initScript?: () => void;
  /** IT's policy.json for this kiosk; without it there is none (never the machine's own). */
  policy?: Record<string, unknown>;
  /** Returns once the page has loaded, not waiting for React (a test that holds it back). */
  beforeReact?: boolean;
}

/**
 * The environment a test kiosk starts with: KIOSK_POLICY_FILE always points into the test's
 * data folder, so a policy installed on the machine running the tests never leaks in.
 */
async function kioskEnv(dataDir: string, policy?: Record<string, unknown>) {
  const policyFile = join(dataDir, 'test-policy.json');
  if (policy) await writeFile(policyFile, JSON.stringify(policy));
  return { KIOSK_POLICY_FILE: policyFile };
}

const clockStart = (clock: true | Date) => (clock === true ? undefined : { time: clock });

async function withDataDir(use: (dataDir: string) => Promise<void>): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'asb-kiosk-e2e-'));
  try {
    await use(dataDir);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

// The same specs run against either shell: the browser shell in Debian's Chromium (the
// default), or the built Electron app under Playwright's _electron (KIOSK_E2E_TARGET=electron).
const inBrowser = base.extend<{ kiosk: Kiosk }>({
  kiosk: async ({ page }, use, testInfo) => {
    await withDataDir(async (dataDir) => {
      let shell: InProcessShell | undefined;
      const logs: string[] = [];
      const kiosk: Kiosk = {
        dataDir,
        async open({ clock = false, initScript, policy, beforeReact }: OpenOptions = {}) {
          shell = await startInProcessShell(dataDir, await kioskEnv(dataDir, policy));
          if (clock) await page.clock.install(clockStart(clock));
          if (initScript) await page.addInitScript(initScript);
          if (beforeReact) await page.goto(shell.url);
          else await openKiosk(page, shell.url);
          return page;
        },
        async stop() {
          await shell?.stop();
          if (shell) logs.push(shell.logText());
          shell = undefined;
        },
      };
      await use(kiosk);
      await kiosk.stop();
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('kiosk log', { body: logs.join(''), contentType: 'text/plain' });
      }
    });
  },
});

const inElectron = base.extend<{ kiosk: Kiosk }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern; none are wanted, so no browser starts.
  kiosk: async ({}, use) => {
    await withDataDir(async (dataDir) => {
      let close: (() => Promise<void>) | undefined;
      const kiosk: Kiosk = {
        dataDir,
        async open({ clock = false, initScript, policy, beforeReact }: OpenOptions = {}) {
          const app = await launchElectronApp({ dataDir, env: await kioskEnv(dataDir, policy) });
          close = app.close;
          if (clock || initScript) {
            // The window has already loaded: load it again with the clock or script in place.
            if (clock) await app.page.clock.install(clockStart(clock));
            if (initScript) await app.page.addInitScript(initScript);
            await app.page.reload();
          }
          if (!beforeReact) await reactHasPage(app.page);
          return app.page;
        },
        async stop() {
          await close?.();
          close = undefined;
        },
      };
      await use(kiosk);
      await kiosk.stop();
    });
  },
});

export const test = E2E_TARGET === 'electron' ? inElectron : inBrowser;

export { expect } from '@playwright/test';
