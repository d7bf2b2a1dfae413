import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type Kiosk, type OpenOptions } from './support/fixtures.ts';
import { setPinWithCommand } from './support/admin-cli.ts';
import { openAdmin, signIn, STAFF_PIN } from './support/admin-steps.ts';
import { beginAtHome, shoot, tap } from './support/screens.ts';

// Issue 18, items 6 and 7: import and export in plain words, by touch, and usage in words.

const bundled = () => readFile('data/default-content.json', 'utf8');
// What staff must never see: dotted paths, zod's words, the parser's.
const DEVELOPER_WORDS = /programs\.\d|Invalid input|expected \w+, received|at position \d+/;

/** An empty transfer folder in the kiosk's data folder, for its policy to name. */
async function makeTransferFolder(kiosk: Kiosk): Promise<string> {
  const folder = join(kiosk.dataDir, 'transfer');
  await mkdir(folder);
  return folder;
}

async function openTransfer(kiosk: Kiosk, options?: OpenOptions): Promise<Page> {
  const page = await openAdmin(kiosk, options);
  await tap(page, 'Import and export');
  await expect(page.getByRole('heading', { name: 'Import and export' })).toBeVisible();
  return page;
}

test(
  'a broken file from the transfer folder is refused in plain words, by touch',
  { tag: '@landscape' },
  async ({ kiosk }, testInfo) => {
    const folder = await makeTransferFolder(kiosk);
    const text = await bundled();
    const content = JSON.parse(text) as { programs: { units: { phone: string }[] }[] };
    content.programs[2]!.units[0]!.phone = '(916) 227-39';
    await writeFile(join(folder, 'contracts-number.json'), JSON.stringify(content, null, 2));
    await writeFile(
      join(folder, 'damaged.json'),
      `${text.slice(0, 5000)}"oops"${text.slice(5000)}`,
    );
    await writeFile(join(folder, 'notes.txt'), 'not a content file');
    const page = await openTransfer(kiosk, { policy: { transferFolder: folder } });

    const files = page.getByRole('list', { name: 'Content files' });
    await expect(files.getByRole('button')).toHaveCount(2);
    const listed = files.getByRole('button', { name: /contracts-number\.json/ });
    await expect(listed).toContainText('The transfer folder');
    await expect(listed).toContainText('KB');
    await shoot(page, testInfo, 'admin-import-list');

    await listed.tap();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      'contracts-number.json cannot be imported. Nothing was changed.',
    );
    await expect(alert).toContainText(
      'Program 3, Contracts: the phone number (916) 227-39 is too short. A number looks like (916) 227-3924.',
    );
    await expect(alert).not.toContainText(DEVELOPER_WORDS);
    await shoot(page, testInfo, 'admin-import-plain-words');

    await files.getByRole('button', { name: /damaged\.json/ }).tap();
    await expect(alert).toContainText('damaged.json cannot be imported.');
    await expect(alert).toContainText(
      /This file is not a kiosk content file: it is damaged near line \d+, perhaps changed by hand\. Choose a file that Export made\./,
    );
    await expect(alert).not.toContainText(DEVELOPER_WORDS);
    await expect(page.getByText('No draft: visitors see the published content.')).toBeVisible();
  },
);

test(
  'export says the file’s name and where it went, and the file is there to import',
  { tag: '@landscape' },
  async ({ kiosk }, testInfo) => {
    const folder = await makeTransferFolder(kiosk);
    const page = await openTransfer(kiosk, { policy: { transferFolder: folder } });
    await expect(page.getByText(/No content files found\. Plug in the USB stick/)).toBeVisible();

    await tap(page, 'Save in the transfer folder');
    const saved = page.getByRole('status').filter({ hasText: 'Saved' });
    await expect(saved).toContainText(
      new RegExp(
        `Saved asb-kiosk-content-revision-1-\\d{4}-\\d{2}-\\d{2}\\.json in the transfer folder \\(${folder.replaceAll('/', '\\/')}\\)\\.`,
      ),
    );
    const [fileName] = await readdir(folder);
    expect(fileName).toMatch(/^asb-kiosk-content-revision-1-.*\.json$/);
    await shoot(page, testInfo, 'admin-export-saved');

    await page
      .getByRole('list', { name: 'Content files' })
      .getByRole('button', { name: new RegExp(fileName!) })
      .tap();
    await expect(page.getByText(`Importing ${fileName} would change:`)).toBeVisible();
    await expect(page.getByText('Nothing: it is what visitors see.')).toBeVisible();
  },
);

test(
  'export in the browser shell names the downloaded file',
  { tag: '@landscape' },
  async ({ kiosk }) => {
    const page = await openTransfer(kiosk);
    const download = page.waitForEvent('download');
    await tap(page, 'Download the file');
    const fileName = (await download).suggestedFilename();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
      `Saved ${fileName} in this browser's downloads folder.`,
    );
  },
);

test(
  'usage names programs by title and options in words, and its CSV keeps the codes beside them',
  { tag: '@landscape' },
  async ({ kiosk }, testInfo) => {
    const folder = await makeTransferFolder(kiosk);
    await setPinWithCommand(kiosk.dataDir, STAFF_PIN);
    const page = await kiosk.open({ policy: { transferFolder: folder } });
    await beginAtHome(page);
    // Counts go to the core in batches: wait for the ones that carry what was tapped.
    const counted = (key: string) =>
      page.waitForResponse(
        (response) =>
          response.url().endsWith('/api/countUsage') &&
          (response.request().postData() ?? '').includes(`"${key}"`),
      );
    const program = counted('training-reimbursement');
    const spanish = counted('es');
    await tap(page, 'Training Reimbursement');
    await tap(page, 'Español');
    await Promise.all([program, spanish]);
    await signIn(page);
    await tap(page, 'Usage');
    const programs = page.getByRole('table', { name: 'Programs opened' });
    await expect(programs.getByRole('rowheader', { name: 'Training Reimbursement' })).toBeVisible();
    const languages = page.getByRole('table', { name: 'Languages chosen' });
    await expect(languages.getByRole('rowheader', { name: 'Spanish' })).toBeVisible();
    const section = page.getByRole('region', { name: 'Usage' });
    await expect(section).not.toContainText('training-reimbursement');
    await expect(section.getByRole('rowheader', { name: 'es', exact: true })).toHaveCount(0);
    await shoot(page, testInfo, 'admin-usage-words');

    await section.getByRole('button', { name: 'Save in the transfer folder' }).tap();
    await expect(section.getByRole('status')).toContainText(
      /Saved kiosk-usage-\d{4}-\d{2}-\d{2}\.csv in the transfer folder/,
    );
    const [csvName] = await readdir(folder);
    const csv = await readFile(join(folder, csvName!), 'utf8');
    expect(csv).toContain('date,kind,key,name,count');
    expect(csv).toMatch(/,program,training-reimbursement,Training Reimbursement,1\r\n/);
    expect(csv).toMatch(/,language,es,Spanish,1\r\n/);
  },
);
