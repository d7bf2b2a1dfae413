import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export const STAFF_PIN = '24681357';

/** Opens the PIN pad with the key chord and signs in with the digit buttons. */
export async function signIn(page: Page, pin = STAFF_PIN): Promise<void> {
  await page.keyboard.press('Control+Alt+A');
  const pad = page.getByRole('dialog', { name: 'Staff sign-in' });
  await expect(pad).toBeVisible();
  for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).tap();
  await pad.getByRole('button', { name: 'Sign in' }).tap();
  await expect(page.getByRole('heading', { name: 'Staff admin' })).toBeVisible();
}

/** Types with the on-screen staff keyboard in `scope`, key by key, into the focused field. */
export async function typeOnKeys(scope: Page | Locator, text: string): Promise<void> {
  const keyboard = scope.getByRole('group', { name: 'Keyboard' });
  for (const char of text) {
    const name = char === ' ' ? 'Space' : char;
    await keyboard.getByRole('button', { name, exact: true }).tap();
  }
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
