import { fileURLToPath } from 'node:url';
import { _electron as electron, type Page } from '@playwright/test';
import { findElectronBinary } from '../../../scripts/electron-binary.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const MAIN = fileURLToPath(new URL('../../../dist/electron/main.js', import.meta.url));

export interface ElectronKiosk {
  /** The kiosk window, on app://kiosk/. */
  page: Page;
  /** Quits the app, as closing it would. */
  close(): Promise<void>;
}

/**
 * Starts the built Electron shell (`npm run build` and `npm run build:electron` first) on
 * `dataDir` and waits for its window. Needs an Electron binary (`npx install-electron`) and a
 * display (xvfb-run on a server); without a binary it fails at once, saying why. Playwright
 * turns Chromium's OS sandbox off (chromiumSandbox: false), which lets it run as root in CI;
 * the window's own `sandbox: true` still applies.
 */
export async function launchElectronApp({
  dataDir,
  env = {},
}: {
  dataDir: string;
  env?: Record<string, string>;
}): Promise<ElectronKiosk> {
  const binary = findElectronBinary();
  if ('missing' in binary) throw new Error(binary.missing);
  const app = await electron.launch({
    executablePath: binary.path,
    args: [MAIN, '--data-dir', dataDir],
    cwd: root,
    env: { ...(process.env as Record<string, string>), ...env },
  });
  try {
    return { page: await app.firstWindow(), close: () => app.close() };
  } catch (error) {
    await app.close();
    throw error;
  }
}
