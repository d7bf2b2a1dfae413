import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures.ts';
import { setPinWithCommand } from './support/admin-cli.ts';
import { signIn, STAFF_PIN } from './support/admin-steps.ts';
import { beginAtHome } from './support/screens.ts';

const GARBAGE = '{"schemaVersion": 1, "programs": [ this is not JSON';

test('a corrupt store still boots to the directory, and the bad file is kept aside', async ({
  kiosk,
}) => {
  await writeFile(join(kiosk.dataDir, 'content.json'), GARBAGE);

  const page = await kiosk.open();
  await beginAtHome(page);
  await expect(page.getByRole('button', { name: 'Library Services', exact: true })).toBeVisible();

  const kept = (await readdir(kiosk.dataDir)).filter((name) => /^content\.json\..+/.test(name));
  const keptCopies = await Promise.all(
    kept.map((name) => readFile(join(kiosk.dataDir, name), 'utf8')),
  );
  expect(keptCopies).toContain(GARBAGE);
});

test('staff see which file was damaged and where it is kept', async ({ kiosk }) => {
  await writeFile(join(kiosk.dataDir, 'content.json'), GARBAGE);
  await setPinWithCommand(kiosk.dataDir, STAFF_PIN);
  const page = await kiosk.open();
  await beginAtHome(page);
  await signIn(page);
  const alert = page.getByRole('alert').filter({ hasText: 'damaged' });
  await expect(alert).toContainText('content.json:');
  await expect(alert).toContainText('It is kept as content.json.');
});
