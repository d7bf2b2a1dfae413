import { expect, test } from './support/fixtures.ts';
import { PROGRAMS, RECEPTION_DESK } from './support/seed-facts.ts';
import { beginAtHome, tap } from './support/screens.ts';

test('the attract screen invites a touch and leads to the six programs', async ({ kiosk }) => {
  const page = await kiosk.open();
  await beginAtHome(page);
  for (const { title } of PROGRAMS) {
    await expect(page.getByRole('button', { name: title, exact: true })).toBeVisible();
  }
});

for (const { title, phones } of PROGRAMS) {
  test(`${title}: its number is one tap from home`, async ({ kiosk }) => {
    const page = await kiosk.open();
    await beginAtHome(page);
    await tap(page, title);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    if (phones.length === 0) {
      await expect(page.getByText(RECEPTION_DESK)).toBeVisible();
    }
    for (const phone of phones) {
      await expect(page.getByText(phone, { exact: true }).first()).toBeVisible();
      await expect(page.getByRole('img', { name: `Scan to call ${phone}` })).toBeVisible();
    }
    await tap(page, 'Home');
    await expect(page.getByRole('button', { name: title, exact: true })).toBeVisible();
  });
}

test('the privacy notice is one tap from home and from a program', async ({ kiosk }) => {
  const page = await kiosk.open();
  await beginAtHome(page);
  await tap(page, 'Privacy');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Privacy Policy Statement' }),
  ).toBeVisible();
  await tap(page, 'Home');
  await tap(page, 'Contracts');
  await tap(page, 'Privacy');
  await expect(page.getByText('Policy Date: 4/28/2022')).toBeVisible();
});

test(
  'home shows all six programs and "All phone numbers" without scrolling',
  { tag: '@viewport' },
  async ({ kiosk }) => {
    const page = await kiosk.open();
    await beginAtHome(page);
    const footerTop = (await page.locator('footer').boundingBox())!.y;
    const targets = [
      ...PROGRAMS.map(({ title }) => page.getByRole('button', { name: title, exact: true })),
      page.getByRole('button', { name: 'All phone numbers' }),
    ];
    for (const target of targets) {
      const box = (await target.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(footerTop);
    }
  },
);
