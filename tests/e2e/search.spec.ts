import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { beginAtHome, shoot, tap } from './support/screens.ts';

async function type(page: Page, text: string): Promise<void> {
  const keyboard = page.getByRole('group', { name: /keyboard|teclado/i });
  for (const key of text) await keyboard.getByRole('button', { name: key, exact: true }).tap();
}

const results = (page: Page) => page.getByRole('list', { name: 'Results' });

test('a visitor types on the on-screen keyboard and reaches a phone number', async ({
  kiosk,
}, testInfo) => {
  const page = await kiosk.open();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url() + (request.postData() ?? '')));
  await beginAtHome(page);
  await tap(page, 'Search');
  await shoot(page, testInfo, 'search-empty');

  await type(page, 'reimburse');
  await expect(page.locator('output')).toHaveText('reimburse');
  await expect(results(page).getByRole('button').first()).toContainText('Training Reimbursement');
  await shoot(page, testInfo, 'search-results');
  await results(page)
    .getByRole('button', { name: /Phone number.*227-4840/ })
    .tap();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Training Reimbursement' }),
  ).toBeVisible();
  await expect(
    page.getByRole('article').getByText('(916) 227-4840', { exact: true }),
  ).toBeVisible();

  // What was typed never left the page: the only mention is the count of the program opened
  // (usage counts go out together a moment after the last tap).
  const opened = '{"kind":"program","key":"training-reimbursement"}';
  await expect.poll(() => requests.some((entry) => entry.includes(opened))).toBe(true);
  expect(requests.filter((entry) => entry.replaceAll(opened, '').includes('reimburse'))).toEqual(
    [],
  );
});

for (const [query, program] of [
  ['pam', 'Rule Making and Information Release'],
  ['forms', 'Graphic Design, Forms and Publications'],
  ['regulations', 'Rule Making and Information Release'],
  ['certificate', 'Professional Certificates'],
] as const) {
  test(`"${query}" finds ${program}`, async ({ kiosk }) => {
    const page = await kiosk.open();
    await beginAtHome(page);
    await tap(page, 'Search');
    await type(page, query);
    await expect(
      results(page)
        .getByRole('button', { name: new RegExp(program) })
        .first(),
    ).toBeVisible();
  });
}

test('no results point to the reception desk; delete and clear work', async ({
  kiosk,
}, testInfo) => {
  const page = await kiosk.open();
  await beginAtHome(page);
  await tap(page, 'Search');
  await type(page, 'zzzq');
  await expect(page.getByText('No results. Please ask at the reception desk.')).toBeVisible();
  await shoot(page, testInfo, 'search-no-results');
  await tap(page, 'Delete letter');
  await expect(page.locator('output')).toHaveText('zzz');
  await tap(page, 'Clear');
  await expect(page.locator('output')).toHaveText('');
});

test('the Spanish keyboard has ñ and the accented vowels, and search works in Spanish', async ({
  kiosk,
}) => {
  const page = await kiosk.open();
  await tap(page, 'Español');
  await tap(page, 'Toque para comenzar');
  await tap(page, 'Buscar');
  const keyboard = page.getByRole('group', { name: 'Teclado' });
  for (const key of ['ñ', 'á', 'é', 'í', 'ó', 'ú', 'ü']) {
    await expect(keyboard.getByRole('button', { name: key, exact: true })).toBeVisible();
  }
  await type(page, 'biblioteca');
  await expect(
    page.getByRole('list', { name: 'Resultados' }).getByRole('button').first(),
  ).toContainText('Biblioteca');
});
