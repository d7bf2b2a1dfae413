import { hashPinWithCommand } from './support/admin-cli.ts';
import { confirmWithInitials, signIn, STAFF_PIN } from './support/admin-steps.ts';
import { expect, test } from './support/fixtures.ts';
import { beginAtHome, shoot } from './support/screens.ts';

test(
  'IT’s policy wins: one language, bounded idle time, usage counts off, the PIN from the policy; staff quit the kiosk',
  { tag: '@landscape' },
  async ({ kiosk }, testInfo) => {
    const page = await kiosk.open({
      policy: {
        languages: ['en'],
        idleTimeoutSeconds: { min: 60, max: 120 },
        usageCounts: false,
        adminPinHash: await hashPinWithCommand(STAFF_PIN),
      },
    });
    await beginAtHome(page);
    await expect(page.getByRole('button', { name: 'English' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Español' })).toHaveCount(0);

    // No set-pin was run: the only PIN there is comes from the policy.
    await signIn(page);
    await page.getByRole('button', { name: 'Settings', exact: true }).tap();
    await expect(page.getByText("IT's policy keeps it from 60 to 120.")).toBeVisible();
    await expect(
      page.getByText("The staff PIN is set by IT's policy for this kiosk."),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Español' })).toHaveCount(0);
    await shoot(page, testInfo, 'admin-settings-policy');

    await page.getByRole('button', { name: 'Usage', exact: true }).tap();
    await expect(page.getByText("IT's policy keeps counting off on this kiosk.")).toBeVisible();
    await expect(page.getByRole('button', { name: /Turn counting/ })).toHaveCount(0);

    await page.getByRole('button', { name: 'Settings', exact: true }).tap();
    await page.getByRole('button', { name: 'Quit the kiosk' }).tap();
    await confirmWithInitials(page, 'Quit the kiosk?', 'Quit');
    const reachable = () =>
      page
        .evaluate(() =>
          fetch('/api/getPublishedContent', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{}',
          }).then(
            () => 'up',
            () => 'down',
          ),
        )
        .catch(() => 'down');
    await expect.poll(reachable).toBe('down');
  },
);
