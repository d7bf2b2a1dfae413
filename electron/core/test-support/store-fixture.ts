import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Content } from '../../contract/content-schema.ts';
import {
  openContentStore,
  type ContentStore,
  type ContentStoreOptions,
} from '../store/content-store.ts';
import { makeContent } from './make-content.ts';
import { createRecordingLogger } from './recording-logger.ts';
import { createScriptedFs, type ScriptedFs } from './scripted-fs.ts';

export const FIXED_NOW = new Date('2026-11-23T19:40:05Z');

export interface StoreFixture {
  /** A data folder that does not exist yet, as on a first run. */
  dataDir: string;
  /** A bundled default holding makeContent('Default'). */
  defaultContentPath: string;
  /** The real file system, recorded, failing where a test asks. */
  fs: ScriptedFs;
  open(overrides?: Partial<ContentStoreOptions>): Promise<ContentStore>;
  inData(name: string): string;
  readJson(name: string): Promise<unknown>;
  /** Leaves a good content.json and last good copy holding `content`. */
  seed(content: Content): Promise<void>;
}

/** A fresh temp folder per test, removed afterwards; call at the top of a test file. */
export function useStoreFixture(): StoreFixture {
  let root = '';
  const fixture = {} as StoreFixture;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'content-store-'));
    fixture.dataDir = join(root, 'data', 'ASB Lobby Kiosk');
    fixture.defaultContentPath = join(root, 'default-content.json');
    fixture.fs = createScriptedFs();
    await writeFile(fixture.defaultContentPath, JSON.stringify(makeContent('Default')));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });
  fixture.open = (overrides = {}) =>
    openContentStore({
      dataDir: fixture.dataDir,
      defaultContentPath: fixture.defaultContentPath,
      fs: fixture.fs,
      platform: 'linux',
      now: () => FIXED_NOW.getTime(),
      log: createRecordingLogger(),
      ...overrides,
    });
  fixture.inData = (name) => join(fixture.dataDir, name);
  fixture.readJson = async (name) => JSON.parse(await readFile(fixture.inData(name), 'utf8'));
  fixture.seed = async (content) => {
    const store = await fixture.open();
    await store.replace(content);
    await store.close();
  };
  return fixture;
}
