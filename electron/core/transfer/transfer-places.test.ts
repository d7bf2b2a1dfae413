import { mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_LISTED_FILE_BYTES } from '../../contract/transfer-schema.ts';
import { createTransferService, OUTSIDE_PLACES, type TransferDialogs } from './transfer-places.ts';
import { refusal } from '../test-support/refusal.ts';

let root = '';
let stick = '';
let folder = '';
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'transfer-'));
  stick = join(root, 'media', 'KINGSTON');
  folder = join(root, 'transfer');
  await mkdir(stick, { recursive: true });
  await mkdir(folder);
});
afterEach(() => rm(root, { recursive: true, force: true }));

const service = (dialogs?: TransferDialogs) =>
  createTransferService({
    policyFolder: folder,
    listDrives: async () => [{ folder: stick, name: 'KINGSTON' }],
    dialogs,
  });

describe('the transfer places', () => {
  it('are the removable drives, then IT’s transfer folder', async () => {
    expect(await service().places()).toEqual([
      { folder: stick, name: 'KINGSTON', kind: 'removable' },
      { folder, name: 'the transfer folder', kind: 'folder' },
    ]);
  });

  it('are none without drives or a policy folder', async () => {
    expect(await createTransferService({}).places()).toEqual([]);
  });

  it('list the content-sized .json files on each, newest first, with place, date and size', async () => {
    await writeFile(join(stick, 'old.json'), '{}');
    await utimes(join(stick, 'old.json'), new Date('2026-11-01'), new Date('2026-11-01'));
    await writeFile(join(folder, 'new.JSON'), '{"a":1}');
    await utimes(join(folder, 'new.JSON'), new Date('2026-12-01'), new Date('2026-12-01'));
    await writeFile(join(stick, 'notes.txt'), 'not content');
    await writeFile(join(stick, 'huge.json'), 'x'.repeat(MAX_LISTED_FILE_BYTES + 1));
    await mkdir(join(stick, 'folder.json'));
    expect(await service().files()).toEqual([
      {
        path: join(folder, 'new.JSON'),
        name: 'new.JSON',
        place: 'the transfer folder',
        modifiedAt: '2026-12-01T00:00:00.000Z',
        bytes: 7,
      },
      {
        path: join(stick, 'old.json'),
        name: 'old.json',
        place: 'KINGSTON',
        modifiedAt: '2026-11-01T00:00:00.000Z',
        bytes: 2,
      },
    ]);
  });
});

describe('reading a file to import', () => {
  it('reads a listed file', async () => {
    await writeFile(join(stick, 'content.json'), '{"schemaVersion": 5}');
    expect(await service().read(join(stick, 'content.json'))).toEqual({
      fileName: 'content.json',
      text: '{"schemaVersion": 5}',
    });
  });

  it('refuses a file outside the places, a way out with .., and a link that leads out', async () => {
    const outside = join(root, 'secret.json');
    await writeFile(outside, '{}');
    await symlink(outside, join(stick, 'link.json'));
    for (const path of [
      outside,
      join(stick, '..', '..', 'secret.json'),
      join(stick, 'link.json'),
    ]) {
      expect((await refusal(service().read(path))).message).toBe(OUTSIDE_PLACES);
    }
  });

  it('refuses a file that is not .json, and says when the file has gone', async () => {
    await writeFile(join(stick, 'content.txt'), '{}');
    expect((await refusal(service().read(join(stick, 'content.txt')))).message).toBe(
      'This is not a content file: those end in .json.',
    );
    expect((await refusal(service().read(join(stick, 'gone.json')))).code).toBe('not_found');
  });

  it('takes the open dialog’s choice only inside a place', async () => {
    const outside = join(root, 'elsewhere.json');
    await writeFile(outside, '{}');
    await writeFile(join(folder, 'chosen.json'), '{"ok":1}');
    const opened: string[] = [];
    const dialogs = (choice: string | null): TransferDialogs => ({
      chooseSavePath: async () => null,
      chooseOpenPath: async (start) => {
        opened.push(start);
        return choice;
      },
    });
    expect(await service(dialogs(join(folder, 'chosen.json'))).read()).toEqual({
      fileName: 'chosen.json',
      text: '{"ok":1}',
    });
    expect(opened).toEqual([stick]);
    expect(await service(dialogs(null)).read()).toBeNull();
    expect((await refusal(service(dialogs(outside)).read())).message).toBe(OUTSIDE_PLACES);
  });
});

describe('saving an export', () => {
  it('writes into the place and never over an earlier export', async () => {
    const transfer = service();
    expect(await transfer.save(stick, 'content.json', 'one')).toEqual({
      fileName: 'content.json',
      folder: stick,
      place: 'KINGSTON',
    });
    expect(await transfer.save(stick, 'content.json', 'two')).toEqual({
      fileName: 'content (2).json',
      folder: stick,
      place: 'KINGSTON',
    });
    expect(await readFile(join(stick, 'content.json'), 'utf8')).toBe('one');
    expect(await readFile(join(stick, 'content (2).json'), 'utf8')).toBe('two');
  });

  it('refuses a folder that is not a place', async () => {
    expect((await refusal(service().save(root, 'content.json', 'x'))).message).toBe(OUTSIDE_PLACES);
  });

  it('takes the save dialog’s choice only inside a place', async () => {
    const asked: string[] = [];
    const dialogs = (choice: string | null): TransferDialogs => ({
      chooseSavePath: async (start) => {
        asked.push(start);
        return choice;
      },
      chooseOpenPath: async () => null,
    });
    expect(await service(dialogs(join(folder, 'mine'))).save(undefined, 'c.json', 'x')).toEqual({
      fileName: 'mine.json',
      folder,
      place: 'the transfer folder',
    });
    expect(asked).toEqual([join(stick, 'c.json')]);
    expect(await service(dialogs(null)).save(undefined, 'c.json', 'x')).toBeNull();
    const refused = await refusal(
      service(dialogs(join(root, 'out.json'))).save(undefined, 'c.json', 'x'),
    );
    expect(refused.message).toBe(OUTSIDE_PLACES);
    await expect(readFile(join(root, 'out.json'))).rejects.toThrow();
  });

  it('asks for a stick when the shell has a dialog but there is no place', async () => {
    const transfer = createTransferService({
      dialogs: { chooseSavePath: async () => '/x.json', chooseOpenPath: async () => null },
    });
    expect((await refusal(transfer.save(undefined, 'c.json', 'x'))).message).toBe(
      'There is no USB stick to save to. Plug one in, wait a moment, then try again.',
    );
  });
});
