import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { beginAtHome, tap } from './support/screens.ts';

async function type(page: Page, text: string): Promise<void> {
  const keyboard = page.getByRole('group', { name: /keyboard|teclado/i });
  for (const key of text) {
    await keyboard
      .getByRole('button', { name: key === ' ' ? /space|espacio/i : key, exact: key !== ' ' })
      .tap();
  }
}

const results = (page: Page) => page.getByRole('list', { name: /Results|Resultados/ });

async function search(page: Page, text: string): Promise<void> {
  await beginAtHome(page);
  await tap(page, 'Search');
  await type(page, text);
}

for (const typed of ['2274840', '(916)227-4840']) {
  test(`a number typed as "${typed}" on the on-screen keys finds it`, async ({ kiosk }) => {
    const page = await kiosk.open();
    await search(page, typed);
    await expect(results(page).getByRole('button', { name: /227-4840/ })).toBeVisible();
  });
}

test('a word for what only the desk knows leads to the reception desk', async ({ kiosk }) => {
  const page = await kiosk.open();
  await search(page, 'parking');
  await expect(results(page)).toContainText('Please ask at the reception desk');
});

test('"phone" lists every number the kiosk has, the Library’s too', async ({ kiosk }) => {
  const page = await kiosk.open();
  await search(page, 'phone');
  for (const number of ['227-4253', '227-4840', '227-3924', '227-3765']) {
    await expect(results(page).getByRole('button', { name: new RegExp(number) })).toBeVisible();
  }
});

test('an English screen finds the Spanish word, and shows the English title', async ({ kiosk }) => {
  const page = await kiosk.open();
  await search(page, 'biblioteca');
  await expect(
    results(page)
      .getByRole('button', { name: /Library Services/ })
      .first(),
  ).toBeVisible();
});
