import { expect, test } from './support/fixtures.ts';
import { beginAtHome, shoot, tap } from './support/screens.ts';

// Every screen, in the project's orientation, for people to look at (not a pixel comparison).
test('screenshots of every visitor screen', { tag: '@viewport' }, async ({ kiosk }, testInfo) => {
  const page = await kiosk.open();
  await expect(page.getByRole('button', { name: 'Touch to begin' })).toBeVisible();
  await shoot(page, testInfo, 'attract');

  await beginAtHome(page);
  await shoot(page, testInfo, 'home');

  await tap(page, 'Professional Certificates');
  await shoot(page, testInfo, 'program-certificates');
  await tap(page, 'Home');
  await tap(page, 'Rule Making and Information Release');
  await shoot(page, testInfo, 'program-rule-making');

  await tap(page, 'Privacy');
  await shoot(page, testInfo, 'privacy');
  await tap(page, 'Next page');
  await shoot(page, testInfo, 'privacy-scrolled');
});
