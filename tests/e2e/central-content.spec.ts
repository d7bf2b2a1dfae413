import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn, STAFF_PIN } from './support/admin-steps.ts';
import {
  copyBundle,
  makeKey,
  signPhone,
  tamperContent,
  tamperManifest,
} from './support/central-bundles.ts';
import { startLobbyKiosk, type LobbyKiosk } from './support/central-kiosks.ts';
import { startBundleServer } from './support/central-server.ts';
import { beginAtHome, openKiosk, shoot } from './support/screens.ts';
import { E2E_TARGET } from './support/target.ts';
import { HTTP_EVENTS_ROUTE } from '../../electron/contract/wire.ts';

const FIRST = '(916) 555-0101';
const SECOND = '(916) 555-0102';
const THIRD = '(916) 555-0103';
const THIRD_TAMPERED = '(916) 555-0108';
// Each kiosk checks every second; the heartbeat and admin's banner follow within seconds.
const SOON = { timeout: 20_000 };

/** What every visitor page shows: `phone`, and none of the numbers that were refused. */
async function expectPhoneEverywhere(kiosks: LobbyKiosk[], phone: string) {
  for (const { page } of kiosks) {
    await expect(page.getByText(phone, { exact: true })).toBeVisible(SOON);
    for (const other of [FIRST, SECOND, THIRD, THIRD_TAMPERED].filter((p) => p !== phone)) {
      await expect(page.getByText(other, { exact: true })).toHaveCount(0);
    }
  }
}

/** Every kiosk refused the bundle: the reason in its heartbeat and admin's banner, `phone` kept. */
async function expectRefused(kiosks: LobbyKiosk[], admin: Page, reason: RegExp, phone: string) {
  for (const kiosk of kiosks) {
    await expect
      .poll(async () => (await kiosk.heartbeatCentral())?.reason ?? '', {
        ...SOON,
        message: `${kiosk.name}'s heartbeat gives the reason`,
      })
      .toMatch(reason);
  }
  await expect(admin.getByRole('region', { name: 'Central content' })).toContainText(reason, SOON);
  await expectPhoneEverywhere(kiosks, phone);
}

// Three kiosks in one worker are three browser shells; the Electron shell is one app per machine.
test.skip(E2E_TARGET === 'electron', 'browser shells only');

test('three lobby kiosks follow one signed bundle and refuse every bundle the bureau did not sign as it is', async ({
  context,
}, testInfo) => {
  // About 30 s alone; more on a loaded machine running other workers beside it.
  test.setTimeout(90_000);
  const root = await mkdtemp(join(tmpdir(), 'asb-central-e2e-'));
  const kiosks: LobbyKiosk[] = [];
  const server = await startBundleServer(join(root, 'bundle'));
  try {
    const served = join(root, 'bundle');
    await mkdir(served);
    const trusted = await makeKey(join(root, 'keys'));
    const stranger = await makeKey(join(root, 'stranger-keys'));
    await signPhone(served, trusted, FIRST);
    const firstVersion = await copyBundle(served, join(root, 'version-1'));
    const started = await Promise.allSettled(
      ['lobby-a', 'lobby-b', 'lobby-c'].map((name) =>
        startLobbyKiosk({
          name,
          root,
          location: server.url,
          publicKeys: [trusted.publicText],
          // Staff sign in on the first, to read admin's banner.
          pin: name === 'lobby-a' ? STAFF_PIN : undefined,
          // Everything from the bureau: admin offers no Publish and no Restore at all.
          localEditing: 'none',
          context,
        }),
      ),
    );
    // Every kiosk that did start is stopped at the end, even when another one failed to.
    for (const result of started) if (result.status === 'fulfilled') kiosks.push(result.value);
    const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    await expectPhoneEverywhere(kiosks, FIRST);

    // Signed once, in the folder the server serves: every kiosk takes it.
    await signPhone(served, trusted, SECOND);
    await expectPhoneEverywhere(kiosks, SECOND);
    const admin = await context.newPage();
    await openKiosk(admin, kiosks[0]!.shell.url);
    await beginAtHome(admin);
    await signIn(admin);
    const banner = admin.getByRole('region', { name: 'Central content' });
    await expect(banner).toContainText(
      "Content comes from the bureau's central source (version 2).",
    );
    await expect(admin.getByRole('button', { name: 'Publish' })).toBeDisabled();
    await shoot(admin, testInfo, 'admin-central');
    // History names each version the kiosk took, and offers no Restore while it follows.
    await admin.getByRole('button', { name: 'History', exact: true }).tap();
    const revisions = admin.getByRole('list', { name: 'Revisions' });
    await expect(revisions).toContainText(`Central content version 2 (key ${trusted.keyId})`);
    await expect(revisions).toContainText(`Central content version 1 (key ${trusted.keyId})`);
    await expect(revisions.getByRole('button', { name: /^Restore/ })).toHaveCount(0);

    // Each bad bundle is made whole in a folder of its own, then served at once: a kiosk never
    // meets one half made. Neighbours have different reasons, so each is seen anew.
    let n = 0;
    const stage = async (make: (dir: string) => Promise<unknown>) => {
      const dir = await copyBundle(served, join(root, `stage-${++n}`));
      await make(dir);
      server.serve(dir);
      return dir;
    };
    await stage(async (dir) => {
      await signPhone(dir, trusted, THIRD);
      await tamperManifest(dir);
    });
    await expectRefused(kiosks, admin, /signature in manifest\.sig does not match/, SECOND);

    await stage(async (dir) => {
      await signPhone(dir, trusted, THIRD);
      await tamperContent(dir, THIRD, THIRD_TAMPERED);
    });
    await expectRefused(kiosks, admin, /does not have the SHA-256 the manifest names/, SECOND);

    await stage((dir) => signPhone(dir, stranger, THIRD));
    await expectRefused(kiosks, admin, /signature in manifest\.sig does not match/, SECOND);

    server.serve(firstVersion);
    await expectRefused(kiosks, admin, /Version 1 is older than version 2/, SECOND);

    await stage((dir) => signPhone(dir, trusted, THIRD, { issuedDaysAgo: 40, expiresDays: 30 }));
    await expectRefused(kiosks, admin, /The bundle expired on/, SECOND);

    server.cutContentFiles(true);
    await stage((dir) => signPhone(dir, trusted, THIRD));
    await expectRefused(kiosks, admin, /was cut off|cut short/, SECOND);
    await shoot(admin, testInfo, 'admin-central-refused');
    const { violations } = await new AxeBuilder({ page: admin })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
      [],
    );

    await server.stop();
    await expectRefused(kiosks, admin, /could not be reached/, SECOND);

    // The server back with the whole bundle: the same version, now complete, is taken.
    server.cutContentFiles(false);
    await server.start();
    await expectPhoneEverywhere(kiosks, THIRD);
    await expect(banner).toContainText('(version 3)', SOON);
    await expect(banner).not.toContainText('Not updated', SOON);
  } finally {
    await Promise.all(kiosks.map(({ shell }) => shell.stop()));
    await server.stop();
    if (testInfo.status !== testInfo.expectedStatus) {
      const log = kiosks.map(({ name, shell }) => `== ${name}\n${shell.logText()}`).join('\n');
      await testInfo.attach('kiosk logs', { body: log, contentType: 'text/plain' });
    }
    await rm(root, { recursive: true, force: true });
  }
});

test('a bundle taken while the page was still connecting reaches it all the same', async ({
  context,
}, testInfo) => {
  const root = await mkdtemp(join(tmpdir(), 'asb-central-connect-'));
  const served = join(root, 'bundle');
  const server = await startBundleServer(served);
  let kiosk: LobbyKiosk | undefined;
  // The page's event stream is held back: the bundle is taken after the page read the content
  // and before the stream is open, the moment a change used to be lost.
  let releaseStream: () => Promise<void> = async () => undefined;
  const streamAsked = new Promise<void>((asked) => {
    void context.route(`**${HTTP_EVENTS_ROUTE}`, (route) => {
      releaseStream = () => route.continue();
      asked();
    });
  });
  try {
    await mkdir(served);
    const trusted = await makeKey(join(root, 'keys'));
    kiosk = await startLobbyKiosk({
      name: 'lobby',
      root,
      location: server.url,
      publicKeys: [trusted.publicText],
      context,
    });
    await streamAsked;
    await expect(kiosk.page.getByText(FIRST, { exact: true })).toHaveCount(0);
    await signPhone(served, trusted, FIRST);
    await expect.poll(async () => (await kiosk!.heartbeatCentral())?.version ?? null, SOON).toBe(1);
    await releaseStream();
    await expect(kiosk.page.getByText(FIRST, { exact: true })).toBeVisible(SOON);
  } finally {
    await kiosk?.shell.stop();
    await server.stop();
    if (testInfo.status !== testInfo.expectedStatus && kiosk) {
      await testInfo.attach('kiosk log', {
        body: kiosk.shell.logText(),
        contentType: 'text/plain',
      });
    }
    await rm(root, { recursive: true, force: true });
  }
});
