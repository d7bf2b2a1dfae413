import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { usePolicyCore } from '../policy/use-policy-core.ts';
import { refusal } from '../test-support/refusal.ts';

const kiosk = usePolicyCore();

describe('export and import through IT’s transfer folder', () => {
  it('saves the export there, lists it, and reads it back for import', async () => {
    const folder = join(kiosk.dataDir, '..', 'transfer');
    await mkdir(folder);
    await kiosk.storePin();
    const core = await kiosk.open({ transferFolder: folder });
    const token = await kiosk.signIn(core);

    const saved = await core.invoke('saveExport', { token, folder });
    expect(saved).toEqual({
      saved: true,
      fileName: expect.stringMatching(/^asb-kiosk-content-revision-1-\d{4}-\d{2}-\d{2}\.json$/),
      folder,
      place: 'the transfer folder',
    });
    const fileName = saved.saved ? saved.fileName : '';
    const { places, files, dialogs } = await core.invoke('listTransferPlaces', { token });
    expect({ places, dialogs }).toEqual({
      places: [{ folder, name: 'the transfer folder', kind: 'folder' }],
      dialogs: false,
    });
    expect(files.map(({ name, place }) => ({ name, place }))).toEqual([
      { name: fileName, place: 'the transfer folder' },
    ]);
    const { file } = await core.invoke('readImportFile', { token, path: files[0]!.path });
    expect(file?.text).toBe(await readFile(join(folder, fileName), 'utf8'));
    expect(await core.invoke('checkImport', { token, text: file!.text })).toMatchObject({
      ok: true,
      changes: [],
    });
  });

  it('saves the usage counts there too, as the CSV the download gives', async () => {
    const folder = join(kiosk.dataDir, '..', 'transfer');
    await mkdir(folder);
    await kiosk.storePin();
    const core = await kiosk.open({ transferFolder: folder });
    const token = await kiosk.signIn(core);
    const saved = await core.invoke('saveExport', { token, folder, file: 'usage' });
    const csv = await core.invoke('exportUsageCsv', { token });
    expect(saved).toEqual({
      saved: true,
      fileName: csv.fileName,
      folder,
      place: 'the transfer folder',
    });
    expect(await readFile(join(folder, csv.fileName), 'utf8')).toBe(csv.text);
    const { files } = await core.invoke('listTransferPlaces', { token });
    expect(files).toEqual([]);
  });

  it('needs a session, and a place: the browser shell has no dialog to fall back on', async () => {
    await kiosk.storePin();
    const core = await kiosk.open();
    expect((await refusal(core.invoke('listTransferPlaces', { token: 'x'.repeat(43) }))).code).toBe(
      'unauthorized',
    );
    const token = await kiosk.signIn(core);
    expect(await core.invoke('listTransferPlaces', { token })).toEqual({
      places: [],
      files: [],
      dialogs: false,
    });
    expect((await refusal(core.invoke('saveExport', { token }))).message).toBe(
      'Choose where to save the file.',
    );
    expect(
      (await refusal(core.invoke('readImportFile', { token, path: '/etc/passwd' }))).code,
    ).toBe('forbidden');
  });
});
