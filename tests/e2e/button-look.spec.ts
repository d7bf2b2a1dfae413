import { findFakeButtons } from './support/button-look.ts';
import { expect, test } from './support/fixtures.ts';
import { beginAtHome, tap } from './support/screens.ts';

test('nothing looks like a button that is not one, on any visitor screen', async ({ kiosk }) => {
  const page = await kiosk.open();
  const screens: Record<string, string[]> = {};
  screens.attract = await findFakeButtons(page);
  await beginAtHome(page);
  screens.home = await findFakeButtons(page);
  for (const program of [
    'Professional Certificates',
    'Training Reimbursement',
    'Contracts',
    'Rule Making and Information Release',
    'Graphic Design, Forms and Publications',
    'Library Services',
  ]) {
    await tap(page, program);
    await expect(page.getByRole('heading', { level: 1, name: program })).toBeVisible();
    screens[program] = await findFakeButtons(page);
    await tap(page, 'Home');
  }
  await tap(page, 'All phone numbers');
  screens.phones = await findFakeButtons(page);
  await tap(page, 'Home');
  await tap(page, 'Accessibility');
  screens.accessibility = await findFakeButtons(page);
  expect(
    Object.fromEntries(Object.entries(screens).filter(([, found]) => found.length > 0)),
  ).toEqual({});
});
