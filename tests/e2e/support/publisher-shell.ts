import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { hashPin } from '../../../electron/core/admin/pin-hash.ts';
import { STAFF_PIN } from './admin-steps.ts';
import { startInProcessShell, type InProcessShell } from './in-process-shell.ts';
import { beginAtHome, openKiosk } from './screens.ts';

export interface PublisherShell {
  shell: InProcessShell;
  /** The publishing PC's screen, at home, for staff to sign in. */
  page: Page;
}

/**
 * The bureau's publishing PC as IT sets it up: its own data folder, and a policy with role
 * "publisher" that signs with `keyFile` into `bundleFolder` (the folder the kiosks follow).
 */
export async function startPublisher(options: {
  root: string;
  bundleFolder: string;
  keyFile: string;
  context: BrowserContext;
}): Promise<PublisherShell> {
  const dataDir = await mkdtemp(join(options.root, 'publisher-'));
  const policyFile = join(dataDir, 'test-policy.json');
  await writeFile(
    policyFile,
    JSON.stringify({
      adminPinHash: await hashPin(STAFF_PIN),
      role: 'publisher',
      publisher: { bundleFolder: options.bundleFolder, keyFile: options.keyFile },
    }),
  );
  const shell = await startInProcessShell(dataDir, { KIOSK_POLICY_FILE: policyFile });
  const page = await options.context.newPage();
  await openKiosk(page, shell.url);
  await beginAtHome(page);
  return { shell, page };
}
