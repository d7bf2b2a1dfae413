import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { setPinWithCommand } from './support/admin-cli.ts';
import {
  confirmWithInitials,
  openAdmin,
  signIn,
  STAFF_PIN,
  staffKeyboard,
} from './support/admin-steps.ts';
import { beginAtHome, shoot, tap } from './support/screens.ts';

/** Friday 11 December 2026 on the machine's clock, which the page shares. */
const friday = (time: string) => new Date(`2026-12-11T${time}:00`);
const homeStatus = (page: Page) => page.locator('.home__status');
const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

/** axe on the open picker only: the rest of admin is not this test's to judge. */
async function expectAccessible(page: Page, selector: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Taps a button by its name and counts it, so a test can say how many taps a task takes. */
function tapCounter(page: Page) {
  let count = 0;
  const button = (name: string | RegExp, scope: Page | Locator = page) =>
    scope.getByRole('button', { name, exact: typeof name === 'string' });
  return {
    async tap(name: string | RegExp, scope: Page | Locator = page) {
      await button(name, scope).tap();
      count += 1;
    },
    get count() {
      return count;
    },
  };
}

test(
  'staff set weekday hours with Copy Monday and an early closing with the pickers; home follows',
  { tag: '@landscape' },
  async ({ kiosk }, testInfo) => {
    test.setTimeout(90_000);
    await setPinWithCommand(kiosk.dataDir, STAFF_PIN);
    const page = await kiosk.open({ clock: friday('09:00') });
    await beginAtHome(page);
    await expect(homeStatus(page)).toHaveCount(0);
    await signIn(page);
    await tap(page, 'Office hours');

    await tap(page, 'Open on Monday');
    const monday = page.getByRole('group', { name: 'Monday', exact: true });
    // 8:00 AM to 5:00 PM is where a new day starts; set the close with the picker anyway.
    await monday.getByRole('button', { name: 'Monday closes: 5:00 PM' }).tap();
    await monday.getByRole('button', { name: '4 o’clock' }).tap();
    await monday.getByRole('button', { name: '30 minutes' }).tap();
    await expect(monday.getByRole('button', { name: 'Monday closes: 4:30 PM' })).toBeVisible();
    await monday.getByRole('button', { name: '5 o’clock' }).tap();
    await monday.getByRole('button', { name: '00 minutes' }).tap();
    await monday.getByRole('button', { name: /^Done/ }).tap();
    await tap(page, 'Copy Monday to weekdays');
    for (const day of ['Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      const group = page.getByRole('group', { name: day, exact: true });
      await expect(group.getByRole('button', { name: `${day} opens: 8:00 AM` })).toBeVisible();
      await expect(group.getByRole('button', { name: `${day} closes: 5:00 PM` })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: 'Open on Saturday' })).toBeVisible();

    await tap(page, 'Add a closure, early closing or late opening');
    const form = page.getByRole('group', { name: 'New closure' });
    await form.getByRole('button', { name: 'Closes early' }).tap();
    // Choose the day with the calendar: it opens on today's month; go ahead a month and back.
    const taps = tapCounter(page);
    await taps.tap('First day: Friday, December 11, 2026', form);
    await shoot(page, testInfo, 'admin-date-picker');
    await expectAccessible(page, '.picker__panel');
    await taps.tap('Next month', form);
    await expect(form.getByRole('heading', { name: 'January 2027' })).toBeVisible();
    await taps.tap('Previous month', form);
    await taps.tap('Friday, December 11, 2026', form);
    console.log(
      `Taps to choose a date with the picker (via the next month and back): ${taps.count}`,
    );
    await expect(
      form.getByRole('button', { name: 'Last day: Friday, December 11, 2026' }),
    ).toBeVisible();
    await form.getByRole('button', { name: 'Closes at: 12:00 PM' }).tap();
    await form.getByRole('button', { name: '12 o’clock' }).tap();
    await shoot(page, testInfo, 'admin-time-picker');
    await expectAccessible(page, '.picker__panel');
    await form.getByRole('button', { name: 'PM', exact: true }).tap();
    await form.getByRole('button', { name: /^Done/ }).tap();
    await shoot(page, testInfo, 'admin-hours-closure-form');
    await form.getByRole('button', { name: 'Add this closure' }).tap();
    await expect(page.getByText('Friday, December 11').first()).toBeVisible();
    await expect(
      page.getByRole('listitem').filter({ hasText: /Closes at 12:00\sPM/ }),
    ).toBeVisible();

    await expect(page.getByText(/Draft saved/)).toBeVisible();
    await page.getByRole('button', { name: 'Publish', exact: true }).tap();
    await confirmWithInitials(page, 'Publish these changes?', 'Publish');
    await expect(page.getByText(/Published as revision 2/)).toBeVisible();
    await tap(page, 'Exit');

    await beginAtHome(page);
    await expect(homeStatus(page)).toContainText('Open now');
    expect(plain(await homeStatus(page).textContent())).toContain('Closes at 12:00 PM today');
    await shoot(page, testInfo, 'home-early-closing');
    await tap(page, 'Español');
    await expect(homeStatus(page)).toContainText('Abierto ahora');
    await expect(homeStatus(page)).toContainText(/Hoy cierra temprano: 12:00\sp\.\s?m\./);
    await tap(page, 'English');

    // 13:00 the same Friday: closed since noon, open again on Monday.
    await page.clock.runFor('04:00:00');
    await beginAtHome(page);
    await expect(homeStatus(page)).toContainText('Closed now');
    await expect(homeStatus(page)).toContainText(/Opens Monday at 8:00\sAM/);
  },
);

test(
  'an announcement about closing suggests a closure, prefilled, and adds none by itself',
  { tag: '@landscape' },
  async ({ kiosk }, testInfo) => {
    const page = await openAdmin(kiosk, { clock: friday('09:00') });
    await tap(page, 'Announcements');
    await tap(page, 'Add an announcement');
    await expect(page.getByRole('note')).toHaveCount(0);

    const taps = tapCounter(page);
    await taps.tap('Shows from: day: Choose a date');
    await taps.tap('Friday, December 11, 2026');
    console.log(`Taps to choose a date in this month with the picker: ${taps.count}`);
    expect(taps.count).toBe(2);
    await expect(page.getByRole('button', { name: 'Shows from: time: 8:00 AM' })).toBeVisible();

    await page
      .getByRole('group', { name: 'Announcement 1' })
      .getByLabel('English')
      .fill('The lobby closes at noon on Friday');
    const suggestion = page.getByRole('note');
    await expect(suggestion).toContainText('speaks of closing');
    // The offer comes up above the keyboard, and a finger goes to it straight from the field.
    const offer = suggestion.getByRole('button', { name: 'Add a closure for this' });
    const keyboard = staffKeyboard(page);
    await expect(keyboard).toBeVisible();
    await expect
      .poll(async () => {
        const button = (await offer.boundingBox())!;
        return button.y + button.height <= (await keyboard.boundingBox())!.y;
      })
      .toBe(true);
    await shoot(page, testInfo, 'admin-announcement-closing-suggestion');
    await offer.tap();

    await expect(page.getByRole('heading', { name: 'Office hours', level: 2 })).toBeVisible();
    const form = page.getByRole('group', { name: 'New closure' });
    await expect(form.getByRole('button', { name: 'Closes early' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(
      form.getByRole('button', { name: 'First day: Friday, December 11, 2026' }),
    ).toBeVisible();
    await expect(form.getByRole('button', { name: 'Closes at: 12:00 PM' })).toBeVisible();
    // Nothing is added until staff say so.
    await expect(page.getByText('There are no closures.')).toBeVisible();
    await form.getByRole('button', { name: 'Cancel' }).tap();
    await expect(form).toHaveCount(0);
    await expect(page.getByText('There are no closures.')).toBeVisible();
  },
);
