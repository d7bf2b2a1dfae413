import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Low } from 'lowdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Content, CURRENT_SCHEMA_VERSION } from '../../contract/content-schema.ts';
import { durableWriteProblems } from '../test-support/durable-write-check.ts';
import { makeContent } from '../test-support/make-content.ts';
import { createScriptedFs, errnoError, type ScriptedFs } from '../test-support/scripted-fs.ts';
import { createDurableJsonFile, serializeJson } from './durable-json-file.ts';
import { StoreFileError } from './store-file-error.ts';

let dir: string;
let path: string;
let fs: ScriptedFs;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'durable-json-'));
  path = join(dir, 'content.json');
  fs = createScriptedFs();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = (platform: NodeJS.Platform = 'linux') =>
  createDurableJsonFile({
    path,
    schema: Content,
    fs,
    platform,
    maxSchemaVersion: CURRENT_SCHEMA_VERSION,
  });

async function readError(text: string): Promise<StoreFileError> {
  await writeFile(path, text);
  const error = await file()
    .read()
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreFileError);
  return error as StoreFileError;
}

describe('createDurableJsonFile', () => {
  it('reads nothing (null) when the file does not exist', async () => {
    expect(await file().read()).toBeNull();
  });

  it('reads back what it wrote, through lowdb', async () => {
    const db = new Low(file(), makeContent('First'));
    await db.write();
    const again = new Low(file(), makeContent('Other'));
    await again.read();
    expect(again.data).toEqual(makeContent('First'));
    expect(await readFile(path, 'utf8')).toBe(serializeJson(makeContent('First')));
  });

  it('writes durably: temp file, fsync, close, rename, folder fsync', async () => {
    await file().write(makeContent());
    expect(durableWriteProblems(fs.calls, path, 'linux')).toEqual([]);
    expect(await readdir(dir)).toEqual(['content.json']);
  });

  it('writes the text its serialize option gives, durably', async () => {
    const adapter = createDurableJsonFile({
      path,
      schema: Content,
      fs,
      platform: 'linux',
      serialize: (content) => `${JSON.stringify(content)}\n`,
    });
    await adapter.write(makeContent());
    expect(await readFile(path, 'utf8')).toBe(`${JSON.stringify(makeContent())}\n`);
    expect(durableWriteProblems(fs.calls, path, 'linux')).toEqual([]);
  });

  it('keeps writes in the order they were asked for', async () => {
    const adapter = file();
    await Promise.all(['A', 'B', 'C'].map((label) => adapter.write(makeContent(label))));
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(makeContent('C'));
  });

  it('rejects a failed write and leaves the file as it was', async () => {
    await file().write(makeContent('Old'));
    fs.failWhen((call) => call.op === 'sync', errnoError('ENOSPC', 'fsync', path));
    await expect(file().write(makeContent('New'))).rejects.toThrow('the disk is full (ENOSPC)');
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(makeContent('Old'));
    expect(await readdir(dir)).toEqual(['content.json']);
  });

  it.each([
    ['empty', '', /^The file is empty \(a power cut during a save can do this\)\.$/],
    ['blank', ' \n', /^The file is empty/],
    ['truncated', serializeJson(makeContent()).slice(0, 200), /JSON/],
    ['garbage', 'not json at all', /JSON/],
  ])('refuses a file that is %s as unparsable', async (_name, text, issue) => {
    const error = await readError(text);
    expect(error.kind).toBe('unparsable');
    expect(error.file).toBe(path);
    expect(error.issues).toEqual([expect.stringMatching(issue)]);
  });

  it('refuses a file that does not match the schema, naming every problem', async () => {
    const bad = makeContent() as unknown as { privacy: { policyDate: string }; programs: [] };
    bad.privacy.policyDate = 'April 2022';
    bad.programs = [];
    const error = await readError(JSON.stringify(bad));
    expect(error.kind).toBe('invalid');
    expect(error.issues).toEqual([
      expect.stringMatching(/^programs: /),
      'privacy.policyDate: The policy date must look like 4/28/2022',
    ]);
  });

  it('refuses a file from a newer schema version as too new, before checking its shape', async () => {
    const newer = CURRENT_SCHEMA_VERSION + 1;
    const error = await readError(JSON.stringify({ schemaVersion: newer, anything: true }));
    expect(error.kind).toBe('too-new');
    expect(error.issues).toEqual([
      `Its schemaVersion is ${String(newer)}; this app reads up to ${String(CURRENT_SCHEMA_VERSION)}. Update the kiosk app to use it.`,
    ]);
  });

  it('calls a file that exists but cannot be read unreadable, like a damaged one', async () => {
    fs.failWhen((call) => call.op === 'readText', errnoError('EACCES', 'open', path));
    const error = await file()
      .read()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreFileError);
    expect(error).toMatchObject({
      kind: 'unreadable',
      file: path,
      issues: ['permission denied (EACCES)'],
      summary: `${basename(path)} cannot be read.`,
    });
  });
});
