import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const INSTALL_HINT =
  'No Chromium found. Install one with `apt-get update && apt-get install -y --no-install-recommends chromium` ' +
  '(or set CHROMIUM_PATH to a Chromium or Chrome executable).';

/** CHROMIUM_PATH, else Debian's chromium, else Playwright's own browser where one was installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', playwrightsOwn()];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

function playwrightsOwn(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * Flags that keep Chromium off the network (this machine's closed network refuses it anyway)
 * and its address bar's popup out of the run: drawn by a page of Chromium's own, it started a
 * renderer process with every new window (five in a four-page trace), on the same two cores as
 * the page under test. A kiosk window has no address bar.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];
