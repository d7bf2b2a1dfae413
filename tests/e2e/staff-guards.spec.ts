import { expect, test } from './support/fixtures.ts';
import { setPinWithCommand } from './support/admin-cli.ts';
import { confirmWithInitials, openAdmin, STAFF_PIN } from './support/admin-steps.ts';
import { beginAtHome, shoot, tap } from './support/screens.ts';

test('five wrong PINs lock the pad', { tag: '@landscape' }, async ({ kiosk }, testInfo) => {
  await setPinWithCommand(kiosk.dataDir, STAFF_PIN);
  const page = await kiosk.open();
  await beginAtHome(page);
  await page.keyboard.press('Control+Alt+A');
  const pad = page.getByRole('dialog', { name: 'Staff sign-in' });
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    for (const digit of '11112222')
      await pad.getByRole('button', { name: digit, exact: true }).tap();
    await pad.getByRole('button', { name: 'Sign in' }).tap();
    await expect(pad.getByRole('status')).not.toHaveText('Type the staff PIN.');
  }
  await expect(pad.getByRole('status')).toContainText('The pad is locked until');
  await expect(pad.getByRole('button', { name: '1', exact: true })).toBeDisabled();
  await shoot(page, testInfo, 'admin-pin-locked');
});

test('admin stays closed until IT sets a PIN', { tag: '@landscape' }, async ({ kiosk }) => {
  const page = await kiosk.open();
  await beginAtHome(page);
  await page.keyboard.press('Control+Alt+A');
  const pad = page.getByRole('dialog', { name: 'Staff sign-in' });
  await expect(pad.getByRole('status')).toHaveText('Admin is closed until IT sets a PIN.');
  await expect(pad.getByRole('button', { name: '1', exact: true })).toBeDisabled();
});

test(
  'a bad import is refused with its reasons and changes nothing',
  { tag: '@landscape' },
  async ({ kiosk }, testInfo) => {
    const page = await openAdmin(kiosk);
    await tap(page, 'Import and export');
    const bad = { schemaVersion: 3, programs: [] };
    await page.locator('input[type=file]').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('bad.json cannot be imported. Nothing was changed.');
    // Not a content file at all: one sentence says so (issue 18).
    await expect(alert).toContainText('This file is not a kiosk content file.');
    await expect(page.getByText('No draft: visitors see the published content.')).toBeVisible();
    await shoot(page, testInfo, 'admin-import-refused');
  },
);

test(
  'a program staff hide disappears for visitors, its numbers too',
  { tag: '@landscape' },
  async ({ kiosk }) => {
    const page = await openAdmin(kiosk);
    await tap(page, 'Hide Contracts');
    await expect(page.getByText('Hidden from visitors')).toBeVisible();
    await expect(page.getByText('Draft saved · 1 change not yet published')).toBeVisible();
    await page.getByRole('button', { name: 'Publish', exact: true }).tap();
    await confirmWithInitials(page, 'Publish these changes?', 'Publish');
    // Staff leave once the kiosk says it is published, not while it is still publishing.
    await expect(page.getByText('Published as revision 2. Visitors see it now.')).toBeVisible();
    await tap(page, 'Exit');
    await beginAtHome(page);
    await expect(page.getByRole('button', { name: 'Contracts', exact: true })).toHaveCount(0);
    await tap(page, 'All phone numbers');
    await expect(page.getByText('(916) 227-3924')).toHaveCount(0);
  },
);

test('screenshots of the admin sections', { tag: '@landscape' }, async ({ kiosk }, testInfo) => {
  const page = await openAdmin(kiosk);
  for (const [tab, name] of [
    ['Announcements', 'admin-announcements'],
    ['Office hours', 'admin-hours'],
    ['Privacy notice', 'admin-privacy'],
    ['Settings', 'admin-settings'],
    ['Usage', 'admin-usage'],
  ] as const) {
    await tap(page, tab);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await shoot(page, testInfo, name);
  }
  // Staff's idle timeout is the admin session's, not the visitors' reset.
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
