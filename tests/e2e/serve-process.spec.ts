import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startBrowserShell } from './support/browser-shell.ts';
import { beginAtHome, openKiosk } from './support/screens.ts';

// The one spec that starts the real `npm run serve` process; the others start the same host
// inside the test worker (support/in-process-shell.ts). This keeps its command line, its
// KIOSK_POLICY_FILE, its URL on stdout and its SIGTERM handling covered.
test('npm run serve: the kiosk on the URL it prints, IT’s policy applied, a heartbeat, SIGTERM exits 0', async ({
  page,
}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'asb-kiosk-e2e-serve-'));
  try {
    const policyFile = join(dataDir, 'test-policy.json');
    await writeFile(policyFile, JSON.stringify({ languages: ['en'] }));
    const shell = await startBrowserShell(dataDir, { KIOSK_POLICY_FILE: policyFile });
    await openKiosk(page, shell.url);
    await beginAtHome(page);
    await expect(page.getByRole('button', { name: 'Español' })).toHaveCount(0);
    const heartbeat = () =>
      readFile(join(dataDir, 'heartbeat.json'), 'utf8').then(JSON.parse, () => null);
    await expect.poll(heartbeat).toMatchObject({ shell: 'browser' });

    expect(await shell.stop()).toBe(0);
    await expect(page.reload()).rejects.toThrow();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
