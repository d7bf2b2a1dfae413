import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../contract/content-schema.ts';
import { useStoreFixture } from '../test-support/store-fixture.ts';

const f = useStoreFixture();
const V1 = new URL('../../../tests/fixtures/content-v1.json', import.meta.url);

describe('openContentStore, a content.json from version 1', () => {
  it('opens it migrated, with no alert, and keeps the file until the next save', async () => {
    const text = await readFile(V1, 'utf8');
    await mkdir(f.dataDir, { recursive: true });
    await writeFile(f.inData('content.json'), text);
    const store = await f.open();
    const { content } = store.get();
    expect(content.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(content.programs.map((p) => p.id)).toEqual(
      (JSON.parse(text) as { programs: Array<{ id: string }> }).programs.map((p) => p.id),
    );
    expect(content.kiosk.idleTimeoutSeconds).toBe(60);
    expect(store.alerts()).toEqual([]);
  });

  it('writes the current version on the next save', async () => {
    await mkdir(f.dataDir, { recursive: true });
    await writeFile(f.inData('content.json'), await readFile(V1, 'utf8'));
    const store = await f.open();
    await store.replace(store.get().content);
    expect(await f.readJson('content.json')).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
    });
  });
});
