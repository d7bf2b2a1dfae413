import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { speechSpy, spoken, spokenUtterances } from './support/speech-spy.ts';

/** A USB keypad's keys, Num Lock on: Playwright sends each with its keypad code. */
const press = (page: Page, key: string) => page.keyboard.press(key);

/** What was said from `from` on, once the voice has reached `last`. */
async function heardUntil(page: Page, from: number, last: RegExp): Promise<string[]> {
  await expect
    .poll(async () => (await spoken(page)).slice(from))
    .toContainEqual(expect.stringMatching(last));
  return (await spoken(page)).slice(from);
}

test('a visitor who cannot see goes home, to a program, back and home with a keypad alone', async ({
  kiosk,
}) => {
  const page = await kiosk.open({ initScript: speechSpy });
  await expect(page.getByRole('button', { name: 'Touch to begin' })).toBeVisible();

  // 5, the key with the bump, begins; the kiosk says at once where spoken help is.
  await press(page, 'Numpad5');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Administrative Services Bureau' }),
  ).toBeVisible();
  await expect
    .poll(() => spoken(page))
    .toEqual([
      'For spoken help, press 0. The arrow keys move, Enter chooses, 5 goes home and the dot goes back.',
    ]);

  // 0, Listen: home is read a block at a time, from the top.
  await press(page, 'Numpad0');
  const home = await heardUntil(page, 1, /^All phone numbers$/);
  expect(home.slice(0, 5)).toEqual([
    'ASB',
    'Administrative Services Bureau',
    'Contact Information for Programs and Services',
    'ASB Programs and Services',
    'Professional Certificates 9 1 6, 2 2 7, 4 2 5 3',
  ]);

  // The arrows (keypad 2 and 8) move through the tiles; each is said as focus lands on it.
  let from = (await spoken(page)).length;
  for (let step = 0; step < 3; step += 1) await press(page, 'Numpad2');
  await expect(page.getByRole('button', { name: 'Contracts' })).toBeFocused();
  expect(await heardUntil(page, from, /^Contracts/)).toEqual([
    'Professional Certificates 9 1 6, 2 2 7, 4 2 5 3',
    'Training Reimbursement 9 1 6, 2 2 7, 4 8 4 0',
    'Contracts 9 1 6, 2 2 7, 3 9 2 4',
  ]);

  // Enter opens the program, which is read from its title.
  from = (await spoken(page)).length;
  await press(page, 'NumpadEnter');
  await expect(page.getByRole('heading', { level: 1, name: 'Contracts' })).toBeVisible();
  const program = await heardUntil(page, from, /^Questions about the Contracts Program/);
  expect(program.slice(0, 4)).toEqual([
    'Contracts',
    'Phone',
    'Contracts Unit',
    '9 1 6, 2 2 7, 3 9 2 4',
  ]);

  // + and − step a block at a time; * repeats; / stops.
  from = (await spoken(page)).length;
  await press(page, 'NumpadSubtract');
  await press(page, 'NumpadMultiply');
  await press(page, 'NumpadAdd');
  await press(page, 'NumpadDivide');
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThanOrEqual(from + 3);

  // The dot goes back: home again, read from the top.
  from = (await spoken(page)).length;
  await press(page, 'NumpadDecimal');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Administrative Services Bureau' }),
  ).toBeVisible();
  expect((await heardUntil(page, from, /^All phone numbers$/))[1]).toBe(
    'Administrative Services Bureau',
  );

  // Into a program and home with 5.
  await press(page, 'Numpad2');
  await press(page, 'NumpadEnter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Professional Certificates' }),
  ).toBeVisible();
  await press(page, 'Numpad5');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Administrative Services Bureau' }),
  ).toBeVisible();
});

test('each language is spoken in its own voice, and a switch says its new state', async ({
  kiosk,
}) => {
  const page = await kiosk.open({ initScript: speechSpy });
  await expect(page.getByRole('button', { name: 'Touch to begin' })).toBeVisible();
  await press(page, 'Numpad5');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Administrative Services Bureau' }),
  ).toBeVisible();
  await press(page, 'Numpad0');
  // Round from the top to the end of the bottom bar: the language switch, then Accessibility.
  await press(page, 'Numpad8');
  await press(page, 'Numpad8');
  await expect(page.getByRole('button', { name: 'Español' })).toBeFocused();
  await expect
    .poll(async () => (await spokenUtterances(page)).at(-1))
    .toEqual({ text: 'Español', lang: 'es-US' });

  await press(page, 'Numpad2');
  await press(page, 'Enter');
  await expect(page.getByRole('dialog', { name: 'Accessibility options' })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Read aloud/ })).toBeFocused();
  await press(page, 'Numpad2');
  await expect(page.getByRole('button', { name: /^High contrast/ })).toBeFocused();
  await expect.poll(async () => (await spoken(page)).at(-1)).toBe('High contrast Off');
  await press(page, 'NumpadEnter');
  await expect.poll(async () => (await spoken(page)).at(-1)).toBe('High contrast On');
  await press(page, 'Numpad8');
  await press(page, 'Enter');
  await expect.poll(async () => (await spoken(page)).at(-1)).toMatch(/^Read aloud.* Off$/);

  // The dot (or Escape) leaves the panel.
  await press(page, 'NumpadDecimal');
  await expect(page.getByRole('dialog', { name: 'Accessibility options' })).toHaveCount(0);
});

test('the privacy notice is read a paragraph at a time, each brought into view', async ({
  kiosk,
}) => {
  const page = await kiosk.open({ initScript: speechSpy });
  await expect(page.getByRole('button', { name: 'Touch to begin' })).toBeVisible();
  await press(page, 'Numpad5');
  await page.getByRole('button', { name: 'Privacy', exact: true }).tap();
  // Listen reads what is on screen: not the blank moment while the notice's code comes in.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Privacy Policy Statement' }),
  ).toBeVisible();
  await press(page, 'Numpad0');
  const notice = await heardUntil(page, 1, /^Policy Date:/);
  expect(notice.length).toBeGreaterThan(20);
  expect(Math.max(...notice.map((text) => text.length))).toBeLessThan(1500);

  // From its first paragraph, + goes on a paragraph at a time; each is scrolled into view.
  await press(page, 'NumpadDivide');
  await page
    .getByText(
      /^The California Commission on Peace Officer Standards and Training \(POST\) is committed/,
    )
    .first()
    .tap();
  for (let step = 0; step < 12; step += 1) await press(page, 'NumpadAdd');
  const last = (await spoken(page)).at(-1) ?? '';
  await expect(page.getByText(last.slice(0, 40)).first()).toBeInViewport();
});

test('Listen on the welcome screen reads it, each language in its own voice', async ({ kiosk }) => {
  const page = await kiosk.open({ initScript: speechSpy });
  await expect(page.getByRole('button', { name: 'Touch to begin' })).toBeVisible();
  await press(page, 'Numpad0');
  await heardUntil(page, 0, /^Accessibility$/);
  const heard = await spokenUtterances(page);
  expect(heard[0]).toEqual({ text: 'Touch to begin', lang: 'en-US' });
  expect(heard).toContainEqual({ text: 'English', lang: 'en-US' });
  expect(heard).toContainEqual({ text: 'Español', lang: 'es-US' });
});
