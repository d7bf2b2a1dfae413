import type { Page } from '@playwright/test';
import {
  agencyTextConfirm,
  confirmWithInitials,
  openAdmin,
  staffKey,
  typeOnKeys,
} from './support/admin-steps.ts';
import { expect, test } from './support/fixtures.ts';
import { beginAtHome, shoot, tap } from './support/screens.ts';

const OLD = '(916) 227-4840';
const NEW = '(916) 227-4899';

/** Counts every pointer press the page receives from now on: fields, buttons and keys alike. */
async function startCountingTaps(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const counter = window as unknown as { taps: number };
    counter.taps = 0;
    document.addEventListener('pointerdown', () => (counter.taps += 1), { capture: true });
  });
  return () => page.evaluate(() => (window as unknown as { taps: number }).taps);
}

test('one number everywhere: a unit’s new number replaces its old one in the description, in both languages', async ({
  kiosk,
}, testInfo) => {
  test.setTimeout(40_000);
  const page = await openAdmin(kiosk);
  await tap(page, 'Edit Training Reimbursement');
  const phone = page.getByLabel('Phone number of Reimbursement Unit');
  await expect(phone).toHaveValue(OLD);

  // The tap script, from the open program editor: change the number, accept the offer.
  const taps = await startCountingTaps(page);
  await phone.tap();
  await staffKey(page, 'End of field').tap();
  await staffKey(page, 'Delete').tap();
  await staffKey(page, 'Delete').tap();
  await typeOnKeys(page, '99');
  await expect(phone).toHaveValue(NEW);

  const offer = page.getByRole('region', {
    name: `The old number ${OLD} is still written in 2 texts`,
  });
  await expect(offer.getByText('Description, paragraph 2 (English)')).toBeVisible();
  await expect(offer.getByText('Description, paragraph 2 (Spanish)')).toBeVisible();
  await expect(offer.getByText('Reimbursement Unit at', { exact: false })).toBeVisible();
  await shoot(page, testInfo, 'admin-number-offer');
  await offer.getByRole('button', { name: 'Replace all 2' }).tap();
  await agencyTextConfirm(page).getByRole('button', { name: 'Confirm' }).tap();
  await expect(offer).toHaveCount(0);
  const count = await taps();
  console.log(
    `Tap script “change the unit’s number and accept the offered replacements”: ${count} taps`,
  );
  expect(count).toBeLessThan(25);

  await expect(page.getByText(/· \d+ changes? not yet published/)).toBeVisible();
  await page.getByRole('button', { name: 'Publish', exact: true }).tap();
  await confirmWithInitials(page, 'Publish these changes?', 'Publish');
  await expect(page.getByText(/Published as revision 2/)).toBeVisible();

  // History shows the paragraph's change word by word.
  await tap(page, 'History');
  const revision = page.getByRole('list', { name: 'What revision 2 changed' });
  await expect(revision.locator('del').first()).toContainText('227-4840');
  await expect(revision.locator('ins').first()).toContainText('227-4899');
  await shoot(page, testInfo, 'admin-history-word-diff');
  await tap(page, 'Exit');

  await beginAtHome(page);
  await tap(page, 'Training Reimbursement');
  await expect(page.getByText(`Reimbursement Unit at ${NEW}.`, { exact: false })).toBeVisible();
  await expect(page.getByText(/227-4840/)).toHaveCount(0);
  await tap(page, 'Español');
  await expect(page.getByText(`Unidad de Reembolsos al ${NEW}.`, { exact: false })).toBeVisible();
  await expect(page.getByText(/227-4840/)).toHaveCount(0);
});
