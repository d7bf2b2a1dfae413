import { expect, test } from './support/fixtures.ts';
import { PRIVACY_OFFICER_PHONE } from './support/seed-facts.ts';
import { beginAtHome, tap } from './support/screens.ts';

test('the privacy notice shows the kiosk’s own note, the whole policy and scrolls by button', async ({
  kiosk,
}) => {
  const page = await kiosk.open();
  await beginAtHome(page);
  await tap(page, 'Privacy');

  await expect(page.getByText(/does not collect/i).first()).toBeVisible();
  await expect(page.getByText('For More Information', { exact: true })).toBeAttached();
  await expect(page.getByText(PRIVACY_OFFICER_PHONE).first()).toBeAttached();
  await expect(page.getByText('860 Stillwater Road, Suite 100')).toBeAttached();
  await expect(page.getByText(/Is Your Computer Secure\?/)).toBeAttached();
  await expect(page.getByRole('link')).toHaveCount(0);

  // The buttons scroll the whole notice, the kiosk's note and the policy together.
  const scrolled = page.locator(
    `[id="${await page.getByRole('button', { name: 'Next page' }).getAttribute('aria-controls')}"]`,
  );
  await expect(scrolled.getByRole('region', { name: /privacy/i })).toBeAttached();
  const before = await scrolled.evaluate((el) => el.scrollTop);
  await tap(page, 'Next page');
  await expect.poll(() => scrolled.evaluate((el) => el.scrollTop)).toBeGreaterThan(before);
  await tap(page, 'Previous page');
  await expect.poll(() => scrolled.evaluate((el) => el.scrollTop)).toBeLessThan(before + 1);
});
