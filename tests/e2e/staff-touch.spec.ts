import type { Locator, Page } from '@playwright/test';
import { expect, test, type Kiosk } from './support/fixtures.ts';
import { agencyTextConfirm, openAdmin, staffKey, staffKeyboard } from './support/admin-steps.ts';
import { shoot, tap } from './support/screens.ts';
import { pointAtText } from './support/text-position.ts';

async function openTrainingReimbursement(kiosk: Kiosk): Promise<Page> {
  const page = await openAdmin(kiosk);
  await tap(page, 'Edit Training Reimbursement');
  await expect(page.getByRole('heading', { name: 'Training Reimbursement' })).toBeVisible();
  return page;
}

test(
  'the field being typed in sits above the keyboard, whose keys are a finger wide',
  { tag: '@viewport' },
  async ({ kiosk }, testInfo) => {
    const page = await openTrainingReimbursement(kiosk);
    // The last text box of the form, brought to the foot of the screen before it is touched:
    // where the keyboard will come up.
    const last = page.locator('.admin__main textarea').last();
    await last.evaluate((box) => box.scrollIntoView({ block: 'end' }));
    await last.tap();
    const keyboard = staffKeyboard(page);
    await expect(keyboard).toBeVisible();
    await expect
      .poll(async () => {
        const field = (await last.boundingBox())!;
        const keys = (await keyboard.boundingBox())!;
        return field.y + field.height <= keys.y;
      })
      .toBe(true);

    // Description boxes grow with their text: none hides a line behind a scroll.
    const hidden = await page
      .locator('.admin__main textarea')
      .evaluateAll((boxes) =>
        boxes.filter((b) => b.scrollHeight > b.clientHeight + 1).map((b) => b.id),
      );
    expect(hidden).toEqual([]);

    const keys = await keyboard.getByRole('button').evaluateAll((buttons) =>
      buttons.map((b) => {
        const r = b.getBoundingClientRect();
        return { name: b.getAttribute('aria-label') ?? b.textContent, w: r.width, h: r.height };
      }),
    );
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter((k) => k.w < 64 || k.h < 64)).toEqual([]);
    for (const name of ['Left', 'Right', 'Start of field', 'End of field'])
      await expect(keyboard.getByRole('button', { name, exact: true })).toBeVisible();
    for (const name of ['Select word', 'Clear field', 'Undo', 'Redo'])
      await expect(keyboard.getByRole('button', { name })).toBeVisible();
    await shoot(page, testInfo, 'admin-keyboard');
  },
);

// What to fix is no use behind the keys: the field's problem comes up above the keyboard with it.
test('a field’s problem shows above the keyboard, with the field', async ({ kiosk }) => {
  const page = await openTrainingReimbursement(kiosk);
  const phone = page.getByRole('textbox', { name: 'Phone number of Reimbursement Unit' });
  await phone.evaluate((field) => field.scrollIntoView({ block: 'end' }));
  await phone.tap();
  const keyboard = staffKeyboard(page);
  await staffKey(page, 'Clear field').tap();
  await staffKey(page, '9').tap();
  const problem = page.locator('.field--invalid .field__error');
  await expect(problem).toBeVisible();
  await expect
    .poll(async () => {
      const message = (await problem.boundingBox())!;
      const keys = (await keyboard.boundingBox())!;
      return message.y + message.height <= keys.y;
    })
    .toBe(true);
});

/** Taps counted, keys included: the measure of a task by touch. */
function tapCounter() {
  let taps = 0;
  return {
    tap: async (target: Locator) => {
      taps += 1;
      await target.tap();
    },
    tapAt: async (page: Page, point: { x: number; y: number }) => {
      taps += 1;
      await page.touchscreen.tap(point.x, point.y);
    },
    get count() {
      return taps;
    },
  };
}

/**
 * The same change on the old keyboard (no cursor keys, no select): the caret goes where the
 * finger lands, so the sure way was a tap at the end of the paragraph, Delete back to the
 * number, and typing the rest again, Shift before each capital.
 */
const oldKeyboardTaps = (paragraph: string, number: string): number => {
  const tail = paragraph.slice(paragraph.indexOf(number));
  const capitals = [...tail].filter((c) => c !== c.toLocaleLowerCase('es')).length;
  return 1 + tail.length + tail.length + capitals;
};

test(
  'tap script 1: the number inside the paragraph, changed by hand in both languages',
  { tag: '@landscape' },
  async ({ kiosk }, testInfo) => {
    const page = await openTrainingReimbursement(kiosk);
    const paragraph = page.getByRole('group', { name: 'Description, paragraph 2' });
    const boxes = [paragraph.getByLabel('English'), paragraph.getByLabel('Español')];
    const before = await Promise.all(boxes.map((box) => box.inputValue()));
    const keyboard = staffKeyboard(page);
    const counter = tapCounter();

    for (const box of boxes) {
      // Aim at the middle of "4840", as a finger would; Select word takes the whole number.
      // Scrolling the box into sight is a swipe, not a tap.
      await box.scrollIntoViewIfNeeded();
      await counter.tapAt(page, await pointAtText(box, '227-4840', 5));
      await expect(keyboard).toBeVisible();
      await counter.tap(staffKey(page, 'Select word'));
      await counter.tap(staffKey(page, 'Right'));
      await counter.tap(staffKey(page, 'Delete'));
      const confirm = agencyTextConfirm(page);
      await expect(confirm).toBeVisible();
      await counter.tap(confirm.getByRole('button', { name: 'Confirm' }));
      await expect(box).toBeFocused();
      await counter.tap(staffKey(page, 'Delete'));
      await counter.tap(staffKey(page, '9'));
      await counter.tap(staffKey(page, '9'));
    }

    for (const [i, box] of boxes.entries())
      await expect(box).toHaveValue(before[i]!.replace('227-4840', '227-4899'));
    const old = before.map((text) => oldKeyboardTaps(text, '227-4840'));
    console.log(
      `tap script 1: ${old[0]! + old[1]!} taps on the old keyboard (counted: English ${old[0]}, Spanish ${old[1]}), ${counter.count} now`,
    );
    expect(counter.count).toBeLessThan(25);
    await shoot(page, testInfo, 'admin-number-in-paragraph');
  },
);

test(
  'undo and redo step back and forth through one field’s changes',
  { tag: '@landscape' },
  async ({ kiosk }) => {
    const page = await openTrainingReimbursement(kiosk);
    const phone = page.getByLabel('Phone number of Reimbursement Unit');
    await phone.tap();
    await staffKey(page, 'End of field').tap();
    for (let n = 0; n < 4; n += 1) await staffKey(page, 'Delete').tap();
    await expect(phone).toHaveValue('(916) 227-');
    await staffKey(page, 'Clear field').tap();
    await expect(phone).toHaveValue('');
    for (let n = 0; n < 5; n += 1) await staffKey(page, 'Undo').tap();
    await expect(phone).toHaveValue('(916) 227-4840');
    await staffKey(page, 'Redo').tap();
    await expect(phone).toHaveValue('(916) 227-484');
  },
);

test(
  'a problem shows once the field is touched; the header names where, and goes there',
  { tag: '@landscape' },
  async ({ kiosk }) => {
    const page = await openAdmin(kiosk);
    await tap(page, 'Announcements');
    await tap(page, 'Add an announcement');
    await expect(page.getByText('Not saved yet')).toBeVisible();
    await expect(page.locator('.field__error')).toHaveCount(0);
    await expect(page.getByText('fix the marked fields')).toHaveCount(0);

    const attention = page.getByRole('list', { name: 'Needs attention:' });
    await tap(page, 'Programs');
    await expect(page.locator('.field__error')).toHaveCount(0);
    await attention.getByRole('button', { name: 'Announcements' }).tap();
    await expect(page.getByRole('heading', { name: 'Announcements' })).toBeVisible();
    await expect(page.locator('.field__error').first()).toBeVisible();
  },
);

test(
  'a privacy principle is edited by touch, once confirmed as the agency’s wording',
  { tag: '@landscape' },
  async ({ kiosk }, testInfo) => {
    const page = await openAdmin(kiosk);
    await tap(page, 'Privacy notice');
    const part = page.getByRole('group', { name: 'Principle 8, part 1 (paragraph)' });
    const english = part.getByLabel('English');
    await english.tap();
    const before = await english.inputValue();
    await staffKey(page, 'End of field').tap();
    await staffKey(page, 'Space').tap();
    const confirm = agencyTextConfirm(page);
    await expect(confirm).toContainText('Confirm your change matches the agency');
    await shoot(page, testInfo, 'admin-agency-text-confirm');
    await confirm.getByRole('button', { name: 'Cancel' }).tap();
    await expect(english).toHaveValue(before);

    await staffKey(page, 'Space').tap();
    await confirm.getByRole('button', { name: 'Confirm' }).tap();
    await staffKey(page, 'x').tap();
    await expect(confirm).toHaveCount(0);
    await expect(english).toHaveValue(`${before} x`);
    await expect(page.getByText('Draft saved · 1 change not yet published')).toBeVisible();
  },
);

test(
  'trying to publish with a problem left shows every mark, and publishes nothing',
  { tag: '@landscape' },
  async ({ kiosk }) => {
    const page = await openAdmin(kiosk);
    await tap(page, 'Announcements');
    await tap(page, 'Add an announcement');
    await expect(page.locator('.field__error')).toHaveCount(0);
    await page.getByRole('button', { name: 'Publish', exact: true }).tap();
    await expect(page.locator('.field__error').first()).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Publish these changes?' })).toHaveCount(0);
  },
);
