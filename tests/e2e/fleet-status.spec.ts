import { access, mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { hashPin } from '../../electron/core/admin/pin-hash.ts';
import { signIn, STAFF_PIN } from './support/admin-steps.ts';
import { makeKey } from './support/central-bundles.ts';
import { startInProcessShell, type InProcessShell } from './support/in-process-shell.ts';
import { beginAtHome, openKiosk, shoot, tap } from './support/screens.ts';
import { E2E_TARGET } from './support/target.ts';

// A kiosk writes its status as it starts; the publishing PC reads the folder when asked.
const SOON = { timeout: 20_000 };
const MINUTE_MS = 60_000;

// A publishing PC and two kiosks in one worker are three browser shells; the Electron shell is
// one app per machine.
test.skip(E2E_TARGET === 'electron', 'browser shells only');

/** A shell with IT's policy `policy` in its own data folder under `root`. */
async function startShell(root: string, name: string, policy: object): Promise<InProcessShell> {
  const dataDir = await mkdtemp(join(root, `${name}-`));
  const policyFile = join(dataDir, 'test-policy.json');
  await writeFile(policyFile, JSON.stringify(policy));
  return startInProcessShell(dataDir, { KIOSK_POLICY_FILE: policyFile });
}

/** The state cell of one kiosk's line in the Kiosks section. */
const stateOf = (page: Page, kiosk: string) =>
  page
    .getByRole('row', { name: new RegExp(`^${kiosk} `) })
    .getByRole('cell')
    .first();

// @slow: three shells take seconds to start, so it runs in `npm run test:slow` (both
// orientations), not in `npm test`.
test(
  "the publishing PC's Kiosks section shows each kiosk OK, then late, then down",
  { tag: '@slow' },
  async ({ context }, testInfo) => {
    test.setTimeout(90_000);
    const root = await mkdtemp(join(tmpdir(), 'asb-fleet-e2e-'));
    const statusFolder = join(root, 'status');
    const bundleFolder = join(root, 'bundle');
    await Promise.all([mkdir(statusFolder), mkdir(bundleFolder)]);
    const key = await makeKey(join(root, 'keys'));
    const shells = new Map<string, InProcessShell>();
    try {
      // The publishing PC reads the folder the kiosks write: its policy names the same one.
      shells.set(
        'publisher',
        await startShell(root, 'publisher', {
          adminPinHash: await hashPin(STAFF_PIN),
          role: 'publisher',
          publisher: { bundleFolder, keyFile: key.privatePath },
          statusFolder,
        }),
      );
      for (const kioskName of ['Lobby A', 'Lobby B']) {
        shells.set(kioskName, await startShell(root, 'kiosk', { kioskName, statusFolder }));
      }
      const fileOfB = join(statusFolder, 'Lobby B.json');
      await expect
        .poll(
          () =>
            access(fileOfB).then(
              () => true,
              () => false,
            ),
          SOON,
        )
        .toBe(true);

      const page = await context.newPage();
      await openKiosk(page, shells.get('publisher')!.url);
      await beginAtHome(page);
      await signIn(page);
      await tap(page, 'Kiosks');
      await expect(page.getByRole('heading', { name: 'Kiosks' })).toBeVisible();
      await expect(stateOf(page, 'Lobby A')).toHaveText('OK', SOON);
      await expect(stateOf(page, 'Lobby B')).toHaveText('OK');
      const checkAgain = page.getByRole('button', { name: 'Check again' });
      const size = await checkAgain.boundingBox();
      expect(Math.min(size?.width ?? 0, size?.height ?? 0)).toBeGreaterThanOrEqual(64);
      await shoot(page, testInfo, 'admin-kiosks');

      // Lobby B stops writing; its file's time is set back as if it had stopped minutes ago.
      await shells.get('Lobby B')!.stop();
      shells.delete('Lobby B');
      const setBack = async (minutes: number) => {
        const at = new Date(Date.now() - minutes * MINUTE_MS);
        await utimes(fileOfB, at, at);
      };
      await setBack(4);
      await checkAgain.tap();
      await expect(stateOf(page, 'Lobby B')).toHaveText('Late', SOON);
      await expect(stateOf(page, 'Lobby A')).toHaveText('OK');
      await setBack(16);
      await checkAgain.tap();
      await expect(stateOf(page, 'Lobby B')).toHaveText('Down', SOON);
      await expect(page.getByText('2 kiosks: 1 OK, 0 late, 1 down, 0 unreadable.')).toBeVisible();
      await shoot(page, testInfo, 'admin-kiosks-down');
    } finally {
      await Promise.all([...shells.values()].map((shell) => shell.stop()));
      if (testInfo.status !== testInfo.expectedStatus) {
        const log = [...shells].map(([name, shell]) => `== ${name}\n${shell.logText()}`).join('\n');
        await testInfo.attach('shell logs', { body: log, contentType: 'text/plain' });
      }
      await rm(root, { recursive: true, force: true });
    }
  },
);
