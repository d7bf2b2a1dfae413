import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { CentralStatus } from '../../../electron/contract/central-schema.ts';
import type { LocalEditing } from '../../../electron/contract/content-ownership.ts';
import { hashPin } from '../../../electron/core/admin/pin-hash.ts';
import { startInProcessShell, type InProcessShell } from './in-process-shell.ts';
import { beginAtHome, openKiosk, tap } from './screens.ts';

export interface LobbyKiosk {
  name: string;
  dataDir: string;
  shell: InProcessShell;
  /** A visitor's page, on "All phone numbers". */
  page: Page;
  /** What the kiosk's heartbeat file says about the central source; null before it says. */
  heartbeatCentral(): Promise<CentralStatus | null>;
}

/**
 * One lobby kiosk as IT sets it up: its own data folder and its own policy file following the
 * bundle at `location`, checked every second, under `localEditing` (the policy's default when
 * absent), and the staff PIN's hash when staff sign in there.
 */
export async function startLobbyKiosk(options: {
  name: string;
  root: string;
  location: string;
  publicKeys: string[];
  pin?: string;
  localEditing?: LocalEditing;
  context: BrowserContext;
}): Promise<LobbyKiosk> {
  const dataDir = await mkdtemp(join(options.root, `${options.name}-`));
  const policyFile = join(dataDir, 'test-policy.json');
  await writeFile(
    policyFile,
    JSON.stringify({
      ...(options.pin === undefined ? {} : { adminPinHash: await hashPin(options.pin) }),
      contentSource: {
        location: options.location,
        publicKeys: options.publicKeys,
        checkEverySeconds: 1,
        ...(options.localEditing === undefined ? {} : { localEditing: options.localEditing }),
      },
    }),
  );
  const shell = await startInProcessShell(dataDir, {
    KIOSK_POLICY_FILE: policyFile,
    // The loopback bundle server is reached directly, whatever proxy the machine names.
    NO_PROXY: '127.0.0.1,localhost',
  });
  const page = await options.context.newPage();
  await openKiosk(page, shell.url);
  await beginAtHome(page);
  await tap(page, 'All phone numbers');
  return {
    name: options.name,
    dataDir,
    shell,
    page,
    heartbeatCentral: async () => {
      const text = await readFile(join(dataDir, 'heartbeat.json'), 'utf8').catch(() => null);
      return text === null
        ? null
        : ((JSON.parse(text) as { central?: CentralStatus }).central ?? null);
    },
  };
}
