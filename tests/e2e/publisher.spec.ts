import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signIn, typeOnKeys } from './support/admin-steps.ts';
import { makeKey, PASSPHRASE } from './support/central-bundles.ts';
import { startLobbyKiosk, type LobbyKiosk } from './support/central-kiosks.ts';
import { startPublisher, type PublisherShell } from './support/publisher-shell.ts';
import { beginAtHome, shoot, tap } from './support/screens.ts';
import { E2E_TARGET } from './support/target.ts';

const OLD = '(916) 227-4253';
const NEW = '(916) 227-4299';
// Each kiosk checks the folder every second; its heartbeat follows within seconds.
const SOON = { timeout: 20_000 };

// A publishing PC and two kiosks in one worker are three browser shells; the Electron shell is
// one app per machine.
test.skip(E2E_TARGET === 'electron', 'browser shells only');

// @slow: three shells and a signing take tens of seconds, so it runs in `npm run test:slow`
// (both orientations), not in `npm test`.
test(
  'a number published on the publishing PC reaches every kiosk that follows its folder',
  { tag: '@slow' },
  async ({ context }, testInfo) => {
    test.setTimeout(120_000);
    const root = await mkdtemp(join(tmpdir(), 'asb-publisher-e2e-'));
    const bundleFolder = join(root, 'bundle');
    await mkdir(bundleFolder);
    const key = await makeKey(join(root, 'keys'));
    const kiosks: LobbyKiosk[] = [];
    let publisher: PublisherShell | null = null;
    try {
      publisher = await startPublisher({
        root,
        bundleFolder,
        keyFile: key.privatePath,
        context,
      });
      const started = await Promise.allSettled(
        ['lobby-a', 'lobby-b'].map((name) =>
          startLobbyKiosk({
            name,
            root,
            location: bundleFolder,
            publicKeys: [key.publicText],
            context,
          }),
        ),
      );
      // Every kiosk that did start is stopped at the end, even when the other failed to.
      for (const result of started) if (result.status === 'fulfilled') kiosks.push(result.value);
      const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;

      // Staff on the publishing PC: edit, publish as on any kiosk, then send to all kiosks.
      const { page } = publisher;
      // The kiosks' pages opened after it: a page behind others may wait forever for a frame.
      await page.bringToFront();
      await signIn(page);
      const send = page.getByRole('button', { name: 'Publish to all kiosks' });
      await expect(
        page.getByText("Kiosks' content: nothing sent to them from here yet."),
      ).toBeVisible();
      await tap(page, 'Edit Professional Certificates');
      const phone = page.getByLabel('Phone number of Certificates Unit');
      await phone.fill('');
      await typeOnKeys(page, NEW);
      await expect(page.getByText('Draft saved · 1 change not yet published')).toBeVisible();
      // Only published content is signed: the button waits for Publish, and says so.
      await expect(send).toBeDisabled();
      await expect(
        page.getByText('Publish your draft first (Publish), then send it to all kiosks.'),
      ).toBeVisible();

      await page.getByRole('button', { name: 'Publish', exact: true }).tap();
      const publishing = page.getByRole('dialog', { name: 'Publish these changes?' });
      const keep = publishing.getByRole('button', { name: `Keep ${OLD} in`, exact: false });
      await keep.first().tap();
      await keep.first().tap();
      await publishing.getByLabel('Your initials').tap();
      await typeOnKeys(publishing, 'jd');
      await publishing.getByRole('button', { name: 'Publish', exact: true }).tap();
      await expect(page.getByText('Published as revision 2. Visitors see it now.')).toBeVisible();

      await send.tap();
      const panel = page.getByRole('dialog', { name: 'Publish to all kiosks' });
      // Typed by touch on the staff keyboard, as on a kiosk; a PC's own keyboard works too.
      await panel.getByLabel("The key's passphrase").tap();
      await typeOnKeys(panel, PASSPHRASE);
      await panel.getByLabel('Your initials').tap();
      await typeOnKeys(panel, 'jd');
      await shoot(page, testInfo, 'admin-publish-to-kiosks');
      await panel.getByRole('button', { name: 'Sign and send' }).tap();
      await expect(panel.getByRole('status')).toHaveText(
        'Sent to all kiosks as version 1. Each kiosk shows it at its next check (every 5 minutes unless IT set another interval).',
        SOON,
      );
      await expect(panel.getByLabel("The key's passphrase")).toHaveValue('');
      await shoot(page, testInfo, 'admin-publish-to-kiosks-sent');
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
        [],
      );
      await panel.getByRole('button', { name: 'Close' }).tap();
      await expect(page.getByText(/^Kiosks' content: version 1, expires /)).toBeVisible();
      await tap(page, 'History');
      await expect(page.getByRole('list', { name: 'Revisions' })).toContainText(
        'Sent to all kiosks as version 1',
      );
      await tap(page, 'Audit log');
      await expect(
        page.getByRole('cell', { name: 'Sent to all kiosks', exact: true }),
      ).toBeVisible();
      await expect(page.getByRole('cell', { name: /as central version 1 \(key / })).toBeVisible();

      // Each kiosk takes version 1; a visitor then finds the new number, and not the old one.
      for (const kiosk of kiosks) {
        await expect
          .poll(async () => (await kiosk.heartbeatCentral())?.version ?? null, {
            ...SOON,
            message: `${kiosk.name} applies version 1`,
          })
          .toBe(1);
        // Opened afresh: the default content's idle reset may have sent the page to attract.
        await kiosk.page.bringToFront();
        await kiosk.page.goto(kiosk.shell.url);
        await beginAtHome(kiosk.page);
        await tap(kiosk.page, 'All phone numbers');
        await expect(kiosk.page.getByText(NEW, { exact: true })).toBeVisible();
        await expect(kiosk.page.getByText(OLD, { exact: true })).toHaveCount(0);
      }
    } finally {
      const shells = [...kiosks.map((k) => k.shell), ...(publisher ? [publisher.shell] : [])];
      await Promise.all(shells.map((shell) => shell.stop()));
      if (testInfo.status !== testInfo.expectedStatus) {
        const log = [
          ...(publisher ? [`== publisher\n${publisher.shell.logText()}`] : []),
          ...kiosks.map(({ name, shell }) => `== ${name}\n${shell.logText()}`),
        ].join('\n');
        await testInfo.attach('shell logs', { body: log, contentType: 'text/plain' });
      }
      await rm(root, { recursive: true, force: true });
    }
  },
);
