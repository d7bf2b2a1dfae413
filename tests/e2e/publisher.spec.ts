import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { confirmWithInitials, signIn, STAFF_PIN, typeOnKeys } from './support/admin-steps.ts';
import { makeKey, PASSPHRASE } from './support/central-bundles.ts';
import { startLobbyKiosk, type LobbyKiosk } from './support/central-kiosks.ts';
import { startPublisher, type PublisherShell } from './support/publisher-shell.ts';
import { beginAtHome, openKiosk, shoot, tap } from './support/screens.ts';
import { E2E_TARGET } from './support/target.ts';

const OLD = '(916) 227-4253';
const NEW = '(916) 227-4299';
const NEWEST = '(916) 227-4277';
const NOTICE = 'The lobby closes at noon today.';
const NOTICE_ES = 'El vestíbulo cierra al mediodía hoy.';
// Each kiosk checks the folder every second; its heartbeat follows within seconds.
const SOON = { timeout: 20_000 };

// A publishing PC and two kiosks in one worker are three browser shells; the Electron shell is
// one app per machine.
test.skip(E2E_TARGET === 'electron', 'browser shells only');

// @slow: three shells and a signing take tens of seconds, so it runs in `npm run test:slow`
// (both orientations), not in `npm test`.
/** Staff on the publishing PC change the Certificates Unit's number to `phone` in the draft. */
async function editNumber(page: Page, phone: string): Promise<void> {
  await tap(page, 'Programs');
  await tap(page, 'Edit Professional Certificates');
  await page.getByLabel('Phone number of Certificates Unit').fill('');
  await typeOnKeys(page, phone);
  await expect(page.getByText('Draft saved · 1 change not yet published')).toBeVisible();
}

/** Staff publish the draft with the number changed, as revision `revision`. */
async function publishNumber(page: Page, revision: number): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).tap();
  const publishing = page.getByRole('dialog', { name: 'Publish these changes?' });
  // The descriptions still give the number they had before the first change: staff keep it
  // there, one mention at a time, as they decided to.
  const keep = publishing.getByRole('button', { name: `Keep ${OLD} in`, exact: false });
  for (let left = await keep.count(); left > 0; left -= 1) {
    await keep.first().tap();
    await expect(keep).toHaveCount(left - 1);
  }
  await publishing.getByLabel('Your initials').tap();
  await typeOnKeys(publishing, 'jd');
  await publishing.getByRole('button', { name: 'Publish', exact: true }).tap();
  await expect(
    page.getByText(`Published as revision ${revision}. Visitors see it now.`),
  ).toBeVisible();
}

/** Signs what visitors see on the publishing PC and sends it to all kiosks as `version`. */
async function sendToKiosks(page: Page, version: number, testInfo: TestInfo): Promise<void> {
  await page.getByRole('button', { name: 'Publish to all kiosks' }).tap();
  const panel = page.getByRole('dialog', { name: 'Publish to all kiosks' });
  // Typed by touch on the staff keyboard, as on a kiosk; a PC's own keyboard works too.
  await panel.getByLabel("The key's passphrase").tap();
  await typeOnKeys(panel, PASSPHRASE);
  await panel.getByLabel('Your initials').tap();
  await typeOnKeys(panel, 'jd');
  if (version === 1) {
    // Title, fields, buttons and keyboard all in sight: nothing to scroll to in either orientation.
    expect(await panel.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
    await shoot(page, testInfo, 'admin-publish-to-kiosks');
  }
  await panel.getByRole('button', { name: 'Sign and send' }).tap();
  await expect(panel.getByRole('status')).toHaveText(
    `Sent to all kiosks as version ${version}. Each kiosk shows it at its next check (every 5 minutes unless IT set another interval).`,
    SOON,
  );
  await expect(panel.getByLabel("The key's passphrase")).toHaveValue('');
}

/** Waits for the kiosk's heartbeat to report `version`, then opens it afresh at home. */
async function kioskAtVersion(kiosk: LobbyKiosk, version: number): Promise<void> {
  await expect
    .poll(async () => (await kiosk.heartbeatCentral())?.version ?? null, {
      ...SOON,
      message: `${kiosk.name} applies version ${version}`,
    })
    .toBe(version);
  // Opened afresh: the default content's idle reset may have sent the page to attract.
  await kiosk.page.bringToFront();
  await openKiosk(kiosk.page, kiosk.shell.url);
  await beginAtHome(kiosk.page);
}

test(
  'a number published on the publishing PC reaches every kiosk that follows its folder, and a lobby’s own announcement stays through the next',
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
            // Lobby A's staff post their own announcement; IT's policy leaves localEditing at its
            // default, "announcements-and-hours".
            ...(name === 'lobby-a' ? { pin: STAFF_PIN } : {}),
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
      await editNumber(page, NEW);
      // Only published content is signed: the button waits for Publish, and says so.
      await expect(send).toBeDisabled();
      await expect(
        page.getByText('Publish your draft first (Publish), then send it to all kiosks.'),
      ).toBeVisible();
      await publishNumber(page, 2);

      await sendToKiosks(page, 1, testInfo);
      const panel = page.getByRole('dialog', { name: 'Publish to all kiosks' });
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
        await kioskAtVersion(kiosk, 1);
        await tap(kiosk.page, 'All phone numbers');
        await expect(kiosk.page.getByText(NEW, { exact: true })).toBeVisible();
        await expect(kiosk.page.getByText(OLD, { exact: true })).toHaveCount(0);
      }

      // Lobby A's staff: the directory is the bureau's, the announcements are theirs.
      const [lobbyA, lobbyB] = kiosks as [LobbyKiosk, LobbyKiosk];
      const staff = await context.newPage();
      await openKiosk(staff, lobbyA.shell.url);
      await beginAtHome(staff);
      await signIn(staff);
      await expect(
        staff.getByText(
          "Managed centrally: the programs come from the bureau's publishing PC and cannot be changed on this kiosk.",
        ),
      ).toBeVisible();
      await expect(
        staff.getByRole('button', { name: 'Edit Professional Certificates' }),
      ).toBeDisabled();
      await shoot(staff, testInfo, 'admin-managed-centrally');
      await tap(staff, 'Announcements');
      await tap(staff, 'Add an announcement');
      const notice = staff.getByRole('group', { name: 'Announcement 1' });
      await notice.getByLabel('English').fill(NOTICE);
      await notice.getByLabel('Español').fill(NOTICE_ES);
      await expect(staff.getByText('Draft saved · 1 change not yet published')).toBeVisible();
      await staff.getByRole('button', { name: 'Publish', exact: true }).tap();
      await confirmWithInitials(staff, 'Publish these changes?', 'Publish');
      await expect(
        staff.getByText(/^Published as revision \d+\. Visitors see it now\.$/),
      ).toBeVisible();
      await staff.close();

      // The bureau changes the number again: version 2 reaches both lobbies, and lobby A's
      // announcement is still there; lobby B never had one.
      await page.bringToFront();
      await editNumber(page, NEWEST);
      await publishNumber(page, 3);
      await sendToKiosks(page, 2, testInfo);
      await panel.getByRole('button', { name: 'Close' }).tap();
      for (const kiosk of [lobbyA, lobbyB]) {
        await kioskAtVersion(kiosk, 2);
        const announcements = kiosk.page.getByRole('region', { name: 'Announcements' });
        if (kiosk === lobbyA) {
          await expect(announcements).toContainText(NOTICE);
          await shoot(kiosk.page, testInfo, 'lobby-a-after-central-update');
        } else {
          await expect(announcements).toHaveCount(0);
        }
        await tap(kiosk.page, 'All phone numbers');
        await expect(kiosk.page.getByText(NEWEST, { exact: true })).toBeVisible();
        await expect(kiosk.page.getByText(NEW, { exact: true })).toHaveCount(0);
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
