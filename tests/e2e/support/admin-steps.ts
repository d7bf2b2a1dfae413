import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { setPinWithCommand } from './admin-cli.ts';
import type { Kiosk, OpenOptions } from './fixtures.ts';
import { beginAtHome } from './screens.ts';

export const STAFF_PIN = '24681357';

/** Sets the PIN as IT does, opens the kiosk and signs in from home: where most staff tests start. */
export async function openAdmin(kiosk: Kiosk, options?: OpenOptions): Promise<Page> {
  await setPinWithCommand(kiosk.dataDir, STAFF_PIN);
  const page = await kiosk.open(options);
  await beginAtHome(page);
  await signIn(page);
  return page;
}

/** Opens the PIN pad with the key chord and signs in with the digit buttons. */
export async function signIn(page: Page, pin = STAFF_PIN): Promise<void> {
  await page.keyboard.press('Control+Alt+A');
  const pad = page.getByRole('dialog', { name: 'Staff sign-in' });
  await expect(pad).toBeVisible();
  for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).tap();
  await pad.getByRole('button', { name: 'Sign in' }).tap();
  await expect(page.getByRole('heading', { name: 'Staff admin' })).toBeVisible();
}

/** The on-screen staff keyboard in `scope`. */
export const staffKeyboard = (scope: Page | Locator): Locator =>
  scope.getByRole('group', { name: 'Keyboard' });

/** One key of the staff keyboard by its exact name: "a" alone would also find "Space". */
export const staffKey = (scope: Page | Locator, name: string): Locator =>
  staffKeyboard(scope).getByRole('button', { name, exact: true });

/** The question every change to the agency's own wording asks first. */
export const agencyTextConfirm = (page: Page): Locator =>
  page.getByRole('alertdialog', { name: "Change the agency's text?" });

/** Types with the on-screen staff keyboard in `scope`, key by key, into the focused field. */
export async function typeOnKeys(scope: Page | Locator, text: string): Promise<void> {
  for (const char of text) await staffKey(scope, char === ' ' ? 'Space' : char).tap();
}

/** Signs a dialog with initials typed on its keyboard, then presses its confirm button. */
export async function confirmWithInitials(
  page: Page,
  dialogName: string | RegExp,
  confirm: string,
) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByLabel('Your initials').tap();
  await typeOnKeys(dialog, 'jd');
  await dialog.getByRole('button', { name: confirm, exact: true }).tap();
  await expect(dialog).toHaveCount(0);
}
