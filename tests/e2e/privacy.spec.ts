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

  const region = page.getByRole('region', { name: /privacy/i });
  const before = await region.evaluate((el) => el.scrollTop);
  await tap(page, 'Scroll down');
  await expect.poll(() => region.evaluate((el) => el.scrollTop)).toBeGreaterThan(before);
  await tap(page, 'Scroll up');
  await expect.poll(() => region.evaluate((el) => el.scrollTop)).toBeLessThan(before + 1);
});
