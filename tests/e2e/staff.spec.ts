import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { setPinWithCommand } from './support/admin-cli.ts';
import { confirmWithInitials, signIn, STAFF_PIN, typeOnKeys } from './support/admin-steps.ts';
import { beginAtHome, shoot, tap } from './support/screens.ts';

const OLD = '(916) 227-4253';
const NEW = '(916) 227-4299';
const tile = (page: Page) =>
  page.getByRole('button', { name: 'Professional Certificates', exact: true });

test(
  'a staff session: edit a number, see it refused when wrong, preview, publish, restore',
  { tag: '@landscape' },
  async ({ kiosk }, testInfo) => {
    test.setTimeout(120_000);
    await setPinWithCommand(kiosk.dataDir, STAFF_PIN);
    let page = await kiosk.open();
    await beginAtHome(page);
    await page.keyboard.press('Control+Alt+A');
    // The pad's code and admin's state load on the way in: the picture waits for its words.
    await expect(page.getByText('Type the staff PIN.')).toBeVisible();
    await shoot(page, testInfo, 'admin-pin-pad');
    await page.getByRole('button', { name: 'Cancel' }).tap();
    await signIn(page);
    await shoot(page, testInfo, 'admin-programs');

    await tap(page, 'Edit Professional Certificates');
    const phone = page.getByLabel('Phone number of Certificates Unit');
    await phone.fill('');
    await typeOnKeys(page, '916-227-4299');
    await expect(phone).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Phone number must look like (916) 227-4253')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Not saved yet' })).toBeVisible();
    await expect(
      page
        .getByRole('list', { name: 'Needs attention:' })
        .getByRole('button', { name: 'Programs: Professional Certificates' }),
    ).toBeVisible();
    await shoot(page, testInfo, 'admin-program-error');

    await phone.fill('');
    await typeOnKeys(page, NEW);
    await expect(phone).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Draft saved · 1 change not yet published')).toBeVisible();

    await tap(page, 'Preview');
    const preview = page.getByRole('dialog', { name: 'Preview of the draft' });
    await expect(preview.getByText(NEW)).toBeVisible();
    await shoot(page, testInfo, 'admin-preview');
    await preview.getByRole('button', { name: 'Preview in Spanish' }).tap();
    await expect(preview.getByRole('button', { name: 'Certificados Profesionales' })).toBeVisible();
    await preview.getByRole('button', { name: 'Wide screen' }).tap();
    await shoot(page, testInfo, 'admin-preview-wide-es');
    await preview.getByRole('button', { name: 'Close preview' }).tap();

    await page.getByRole('button', { name: 'Publish', exact: true }).tap();
    // The old number is still in the description, in English and Spanish: staff decide on each.
    const publishing = page.getByRole('dialog', { name: 'Publish these changes?' });
    await expect(
      publishing.getByText('Check these 2 phone numbers before publishing'),
    ).toBeVisible();
    await expect(publishing.getByRole('button', { name: 'Publish', exact: true })).toBeDisabled();
    await shoot(page, testInfo, 'admin-publish');
    const keep = publishing.getByRole('button', { name: `Keep ${OLD} in`, exact: false });
    await keep.first().tap();
    await keep.first().tap();
    await expect(keep).toHaveCount(0);
    await confirmWithInitials(page, 'Publish these changes?', 'Publish');
    await expect(page.getByText('Published as revision 2. Visitors see it now.')).toBeVisible();
    await tap(page, 'Exit');

    await beginAtHome(page);
    await expect(tile(page)).toContainText(NEW);

    // A restart keeps what was published.
    await kiosk.stop();
    page = await kiosk.open();
    await beginAtHome(page);
    await expect(tile(page)).toContainText(NEW);

    await signIn(page);
    await tap(page, 'History');
    await expect(page.getByText('Revision 2 (visitors see this)')).toBeVisible();
    await shoot(page, testInfo, 'admin-history');
    await tap(page, 'Restore revision 1');
    await confirmWithInitials(page, 'Restore revision 1?', 'Restore');
    await expect(page.getByText('Revision 1 is back, as revision 3.')).toBeVisible();
    await tap(page, 'Audit log');
    await expect(
      page.getByRole('cell', { name: 'Revision 1 restored as revision 3' }),
    ).toBeVisible();
    await shoot(page, testInfo, 'admin-audit');
    await tap(page, 'Exit');
    await beginAtHome(page);
    await expect(tile(page)).toContainText(OLD);
  },
);
