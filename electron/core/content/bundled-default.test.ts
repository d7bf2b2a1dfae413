import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBundledDefault } from './bundled-default.ts';
import { CURRENT_SCHEMA_VERSION } from '../../contract/content-schema.ts';

const shipped = fileURLToPath(new URL('../../../data/default-content.json', import.meta.url));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bundled-default-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeJson(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('loadBundledDefault', () => {
  it('loads the shipped default content', async () => {
    const content = await loadBundledDefault(shipped);
    expect(content.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(content.programs).toHaveLength(6);
    expect(content).toEqual(JSON.parse(await readFile(shipped, 'utf8')));
  });

  it('lists every schema problem, one line each, naming where it is', async () => {
    const bad = JSON.parse(await readFile(shipped, 'utf8'));
    bad.programs[0].units[0].phone = '916-227-4253';
    bad.privacy.policyDate = 'April 2022';
    const path = await writeJson('bad.json', JSON.stringify(bad));
    const error = await loadBundledDefault(path).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message.split('\n')).toEqual([
      `The bundled default content at ${path} does not match the content schema:`,
      '- programs.0.units.0.phone: Phone number must look like (916) 227-4253',
      '- privacy.policyDate: The policy date must look like 4/28/2022',
    ]);
  });

  it('refuses a file from another schema version', async () => {
    const path = await writeJson(
      'v2.json',
      JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 }),
    );
    await expect(loadBundledDefault(path)).rejects.toThrow(/^- schemaVersion: /m);
  });

  it('says so when the file is not JSON', async () => {
    const path = await writeJson('broken.json', '{ "schemaVersion": 1,');
    await expect(loadBundledDefault(path)).rejects.toThrow(
      `The bundled default content at ${path} is not valid JSON`,
    );
  });

  it('says so when the file cannot be read', async () => {
    const path = join(dir, 'missing.json');
    await expect(loadBundledDefault(path)).rejects.toThrow(
      `Could not read the bundled default content at ${path}`,
    );
  });
});
