import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { operations, type OperationName } from '../contract/api.ts';
import type { KioskCore } from './kiosk-core-types.ts';
import { openKioskCore } from './open-kiosk-core.ts';
import { makeContent } from './test-support/make-content.ts';
import { createRecordingLogger } from './test-support/recording-logger.ts';

const shippedDefault = fileURLToPath(new URL('../../data/default-content.json', import.meta.url));

let dir: string;
let dataDir: string;
let defaultContentPath: string;
let core: KioskCore | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'open-kiosk-core-'));
  dataDir = join(dir, 'data');
  defaultContentPath = join(dir, 'default.json');
  await writeFile(defaultContentPath, JSON.stringify(makeContent('Default')));
  core = undefined;
});
afterEach(async () => {
  await core?.close();
  await rm(dir, { recursive: true, force: true });
});

async function open(path = defaultContentPath): Promise<KioskCore> {
  core = await openKioskCore({ dataDir, defaultContentPath: path, log: createRecordingLogger() });
  return core;
}

describe('openKioskCore', () => {
  it('answers getPublishedContent with the content of a fresh data folder', async () => {
    const output = await (await open()).invoke('getPublishedContent', undefined);
    expect(output).toEqual({ revision: 1, content: makeContent('Default') });
    expect(JSON.parse(await readFile(join(dataDir, 'content.json'), 'utf8'))).toEqual(
      makeContent('Default'),
    );
  });

  it('serves the shipped default content, in the shape the contract promises', async () => {
    const output = await (await open(shippedDefault)).invoke('getPublishedContent', undefined);
    expect(operations.getPublishedContent.output.parse(output)).toEqual(output);
    expect(output.content.programs).toHaveLength(6);
  });

  it('rejects bad input with the problems listed, and changes nothing on disk', async () => {
    const kiosk = await open();
    const before = await readdir(dataDir);
    const content = await readFile(join(dataDir, 'content.json'), 'utf8');
    await expect(kiosk.invoke('getPublishedContent', { revision: 9 })).rejects.toMatchObject({
      code: 'bad_request',
      issues: [expect.any(String)],
    });
    expect(await readdir(dataDir)).toEqual(before);
    expect(await readFile(join(dataDir, 'content.json'), 'utf8')).toBe(content);
  });

  it('rejects an operation the contract does not name', async () => {
    const kiosk = await open();
    await expect(kiosk.invoke('dropTables' as OperationName, undefined)).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('opens on a damaged store, keeping the bad file aside', async () => {
    await open();
    await core?.close();
    await writeFile(join(dataDir, 'content.json'), '{"schemaVersion": 1, "programs": [ oops');
    const kiosk = await open();
    expect(await kiosk.invoke('getPublishedContent', undefined)).toMatchObject({ revision: 1 });
    expect((await readdir(dataDir)).filter((name) => name.includes('.unparsable-'))).toHaveLength(
      1,
    );
  });

  it('says which file to fix when the bundled default it needs is broken', async () => {
    await writeFile(defaultContentPath, '{');
    await expect(open()).rejects.toThrow(
      `The bundled default content at ${defaultContentPath} is not valid JSON`,
    );
  });
});
