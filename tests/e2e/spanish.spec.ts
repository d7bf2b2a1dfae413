import { UI_TEXT } from '../../renderer/src/lib/ui-text.ts';
import { expect, test } from './support/fixtures.ts';
import { shoot, tap } from './support/screens.ts';

const TRANSLATION_NOTE = /Traducción del texto original en inglés/;

test('Español is one tap away on attract and turns every screen to Spanish', async ({
  kiosk,
}, testInfo) => {
  const page = await kiosk.open();
  await tap(page, 'Español');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('button', { name: 'English', exact: true })).toHaveAttribute(
    'lang',
    'en',
  );

  await tap(page, UI_TEXT.es.touchToBegin);
  await expect(page.getByRole('heading', { name: 'Programas y servicios de ASB' })).toBeVisible();
  await shoot(page, testInfo, 'es-home');

  await tap(page, 'Reembolso de Capacitación');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Reembolso de Capacitación' }),
  ).toBeVisible();
  await expect(page.getByText(TRANSLATION_NOTE)).toBeVisible();
  await expect(
    page.getByRole('article').getByText('(916) 227-4840', { exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('img', { name: `${UI_TEXT.es.scanToCall} (916) 227-4840` }),
  ).toBeVisible();
  await shoot(page, testInfo, 'es-program-reimbursement');

  await tap(page, UI_TEXT.es.privacy);
  await expect(
    page.getByRole('heading', { name: 'Declaración de la Política de Privacidad' }),
  ).toBeVisible();
  await expect(page.getByText(TRANSLATION_NOTE)).toBeVisible();
  await shoot(page, testInfo, 'es-privacy');

  // None of the kiosk's own English words is left on a Spanish screen's controls or headings.
  const english = new Set(Object.values(UI_TEXT.en).filter((text) => text !== ''));
  const labels = await page.getByRole('button').or(page.getByRole('heading')).allInnerTexts();
  expect(labels.length).toBeGreaterThan(5);
  const untranslated = labels.map((label) => label.trim()).filter((label) => english.has(label));
  expect(untranslated).toEqual([]);
});

test('English comes back in one tap from any screen', async ({ kiosk }) => {
  const page = await kiosk.open();
  await tap(page, 'Español');
  await tap(page, UI_TEXT.es.touchToBegin);
  await tap(page, 'Contratos');
  await tap(page, 'English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Contracts' })).toBeVisible();
  await expect(page.getByText(TRANSLATION_NOTE)).toHaveCount(0);
});
