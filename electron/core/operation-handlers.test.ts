import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { operations } from '../contract/api.ts';
import { createOperationHandlers } from './operation-handlers.ts';
import { openContentStore } from './store/content-store.ts';
import { openCoreServices } from './test-support/core-services.ts';
import { makeContent } from './test-support/make-content.ts';
import { createRecordingLogger } from './test-support/recording-logger.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'handlers-'));
  await writeFile(join(dir, 'default.json'), JSON.stringify(makeContent('Default')));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createOperationHandlers', () => {
  it('getPublishedContent answers what the store holds, in the shape the contract promises', async () => {
    const log = createRecordingLogger();
    const dataDir = join(dir, 'data');
    const store = await openContentStore({
      dataDir,
      defaultContentPath: join(dir, 'default.json'),
      log,
    });
    const handlers = createOperationHandlers(store, await openCoreServices(store, dataDir, log));
    await store.replace(makeContent('Published'));
    const output = await handlers.getPublishedContent(undefined);
    expect(output).toEqual({ revision: 2, content: makeContent('Published') });
    expect(operations.getPublishedContent.output.parse(output)).toEqual(output);
    await store.close();
  });
});
