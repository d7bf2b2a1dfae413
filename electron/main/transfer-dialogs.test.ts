import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, dialog, resetFakeElectron } from './test-support/fake-electron.ts';
import { createTransferService } from '../core/index.ts';
import { electronTransferDialogs } from './transfer-dialogs.ts';

vi.mock('electron', () => import('./test-support/fake-electron.ts'));

let root = '';
let stick = '';
beforeEach(async () => {
  resetFakeElectron();
  root = await mkdtemp(join(tmpdir(), 'transfer-dialogs-'));
  stick = join(root, 'media', 'STICK');
  await mkdir(stick, { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

const asElectron = dialog as unknown as Parameters<typeof electronTransferDialogs>[0];

function transfer(window?: BrowserWindow) {
  return createTransferService({
    listDrives: async () => [{ folder: stick, name: 'STICK' }],
    dialogs: electronTransferDialogs(asElectron, () => window as never),
  });
}

describe('the export and import dialogs', () => {
  it('open on the kiosk window, on the stick, for content files only, added to no recent list', async () => {
    const window = new BrowserWindow();
    dialog.answer = { canceled: true, paths: [] };
    expect(await transfer(window).save(undefined, 'content.json', '{}')).toBeNull();
    expect(await transfer(window).read()).toBeNull();
    expect(dialog.calls.map(({ kind, parent, options }) => ({ kind, parent, options }))).toEqual([
      {
        kind: 'save',
        parent: window,
        options: expect.objectContaining({
          defaultPath: join(stick, 'content.json'),
          filters: [{ name: 'Kiosk content', extensions: ['json'] }],
          properties: ['showOverwriteConfirmation', 'dontAddToRecent'],
        }),
      },
      {
        kind: 'open',
        parent: window,
        options: expect.objectContaining({
          defaultPath: stick,
          properties: ['openFile', 'dontAddToRecent'],
        }),
      },
    ]);
  });

  it('saves where the person chose on the stick', async () => {
    dialog.answer = { canceled: false, paths: [join(stick, 'for-lobby-2.json')] };
    expect(await transfer().save(undefined, 'content.json', '{"a":1}')).toEqual({
      fileName: 'for-lobby-2.json',
      folder: stick,
      place: 'STICK',
    });
    expect(await readFile(join(stick, 'for-lobby-2.json'), 'utf8')).toBe('{"a":1}');
    expect(dialog.calls[0]?.parent).toBeUndefined();
  });

  it('refuses what the person browsed to outside the stick, writing and reading nothing', async () => {
    const outside = join(root, 'home.json');
    dialog.answer = { canceled: false, paths: [outside] };
    await expect(transfer().save(undefined, 'content.json', '{}')).rejects.toThrow(
      'only on a USB stick or in the transfer folder',
    );
    await expect(readFile(outside)).rejects.toThrow();
    await writeFile(outside, '{}');
    await expect(transfer().read()).rejects.toThrow(
      'only on a USB stick or in the transfer folder',
    );
  });

  it('offers spreadsheets for the usage counts, and keeps their extension', async () => {
    dialog.answer = { canceled: false, paths: [join(stick, 'counts')] };
    expect(await transfer().save(undefined, 'kiosk-usage-2026-12-06.csv', 'date')).toMatchObject({
      fileName: 'counts.csv',
    });
    expect(dialog.calls[0]?.options).toMatchObject({
      filters: [{ name: 'Usage counts', extensions: ['csv'] }],
    });
  });

  it('imports the file chosen on the stick', async () => {
    await writeFile(join(stick, 'content.json'), '{"schemaVersion":5}');
    dialog.answer = { canceled: false, paths: [join(stick, 'content.json')] };
    expect(await transfer().read()).toEqual({
      fileName: 'content.json',
      text: '{"schemaVersion":5}',
    });
  });
});
