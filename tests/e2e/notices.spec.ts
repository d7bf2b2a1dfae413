import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import {
  christmasEve,
  HOLIDAY_NOTICE,
  writeNoticeContent as writeContent,
} from './support/notice-content.ts';
import { beginAtHome, shoot, tap } from './support/screens.ts';

const notice = (page: Page) => page.getByText(HOLIDAY_NOTICE);
const homeStatus = (page: Page) => page.locator('.home__status');

test('an announcement shows from its start to its end, and the office hours follow the clock', async ({
  kiosk,
}, testInfo) => {
  await writeContent(kiosk.dataDir);
  const page = await kiosk.open({ clock: christmasEve('11:58') });
  await expect(page.getByRole('button', { name: 'Touch to begin' })).toBeVisible();
  await expect(notice(page)).toHaveCount(0);

  // No touch: the minute turning is enough.
  await page.clock.runFor('02:00');
  await expect(page.getByRole('region', { name: 'Announcements' })).toContainText(HOLIDAY_NOTICE);
  await shoot(page, testInfo, 'attract-announcement');

  await beginAtHome(page);
  await expect(notice(page)).toBeVisible();
  await expect(homeStatus(page)).toContainText('Open now');
  await expect(homeStatus(page)).toContainText(/Closes at 5:00\sPM/);
  await shoot(page, testInfo, 'home-announcement');

  // Past closing time (the idle reset has long since sent the kiosk back to attract).
  await page.clock.runFor('05:01:00');
  await expect(notice(page)).toHaveCount(0);
  await beginAtHome(page);
  await expect(homeStatus(page)).toContainText('Closed now');
  // Friday is Christmas Day, then the weekend: Monday is the next opening.
  await expect(homeStatus(page)).toContainText(/Opens Monday at 8:00\sAM/);

  await tap(page, 'Español');
  await expect(homeStatus(page)).toContainText('Cerrado ahora');
  await expect(homeStatus(page)).toContainText('lunes');
  await tap(page, 'English');

  await tap(page, 'All phone numbers');
  const hours = page.getByRole('region', { name: 'Office hours' });
  await expect(hours.getByRole('definition').first()).toHaveText(/8:00\sAM to 5:00\sPM/);
  await expect(hours.getByText('Saturday')).toBeVisible();
  await expect(hours.getByText('Friday, December 25')).toBeVisible();
  await expect(hours.getByText('Christmas Day')).toBeVisible();
  await shoot(page, testInfo, 'phones-office-hours');
});

test('a closure wins over the weekly hours', async ({ kiosk }) => {
  await writeContent(kiosk.dataDir);
  const page = await kiosk.open({ clock: new Date('2026-12-25T10:00:00') });
  await beginAtHome(page);
  await expect(homeStatus(page)).toContainText('Closed today');
  await expect(homeStatus(page)).toContainText('Christmas Day');
});

test('the bundled content announces nothing and shows no hours, since the agency gives none', async ({
  kiosk,
}) => {
  const page = await kiosk.open();
  await expect(page.getByRole('region', { name: 'Announcements' })).toHaveCount(0);
  await beginAtHome(page);
  await expect(page.getByRole('region', { name: 'Announcements' })).toHaveCount(0);
  await expect(homeStatus(page)).toHaveCount(0);
  await tap(page, 'All phone numbers');
  await expect(page.getByRole('region', { name: 'Office hours' })).toHaveCount(0);
});
