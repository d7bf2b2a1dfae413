import { expect, test } from './support/fixtures.ts';
import { PROGRAMS, RECEPTION_DESK } from './support/seed-facts.ts';
import { beginAtHome, shoot, tap } from './support/screens.ts';

test('All phone numbers lists every unit with its number and QR code, one tap from home', async ({
  kiosk,
}, testInfo) => {
  const page = await kiosk.open();
  await beginAtHome(page);
  await tap(page, 'All phone numbers');
  await expect(page.getByRole('heading', { level: 1, name: 'All phone numbers' })).toBeVisible();
  for (const { title, phones } of PROGRAMS) {
    const section = page.getByRole('region', { name: title, exact: true });
    await expect(section.getByRole('heading', { name: title })).toBeAttached();
    if (phones.length === 0) await expect(section.getByText(RECEPTION_DESK)).toBeAttached();
    for (const phone of phones) {
      await expect(section.getByText(phone, { exact: true })).toBeAttached();
      await expect(section.getByRole('img', { name: `Scan to call ${phone}` })).toBeAttached();
    }
  }
  await shoot(page, testInfo, 'phones');
});
