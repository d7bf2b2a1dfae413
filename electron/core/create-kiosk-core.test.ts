import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKioskCore } from './create-kiosk-core.ts';
import type { CoreEvent, KioskCore } from './kiosk-core-types.ts';
import { openContentStore, type ContentStore } from './store/content-store.ts';
import { openCoreServices } from './test-support/core-services.ts';
import { makeContent } from './test-support/make-content.ts';
import { createRecordingLogger } from './test-support/recording-logger.ts';

let dir: string;
let store: ContentStore;
let core: KioskCore;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-core-'));
  await writeFile(join(dir, 'default.json'), JSON.stringify(makeContent('Default')));
  const log = createRecordingLogger();
  store = await openContentStore({
    dataDir: join(dir, 'data'),
    defaultContentPath: join(dir, 'default.json'),
    log,
  });
  core = createKioskCore(store, log, await openCoreServices(store, join(dir, 'data'), log));
});
afterEach(async () => {
  await core.close();
  await rm(dir, { recursive: true, force: true });
});

describe('createKioskCore', () => {
  it('tells subscribers of each content change by its revision, until they unsubscribe', async () => {
    const first: CoreEvent[] = [];
    const second: CoreEvent[] = [];
    const stop = core.subscribe((event) => first.push(event));
    core.subscribe((event) => second.push(event));
    await store.replace(makeContent('One'));
    stop();
    await store.replace(makeContent('Two'));
    // The data folder's first content is revision 1; each replace is the next.
    expect(first).toEqual([{ name: 'contentChanged', payload: { revision: 2 } }]);
    expect(second).toEqual([
      { name: 'contentChanged', payload: { revision: 2 } },
      { name: 'contentChanged', payload: { revision: 3 } },
    ]);
    expect(await core.invoke('getPublishedContent', undefined)).toEqual({
      revision: 3,
      content: makeContent('Two'),
    });
  });

  it('lets a save under way finish on close, without telling anyone after close', async () => {
    const events: CoreEvent[] = [];
    core.subscribe((event) => events.push(event));
    const saving = store.replace(makeContent('Late'));
    await core.close();
    await expect(saving).resolves.toMatchObject({ revision: 2 });
    expect(events).toEqual([]);
  });

  it('refuses calls once closed, closes the store, and can be closed twice', async () => {
    const events: CoreEvent[] = [];
    core.subscribe((event) => events.push(event));
    await core.close();
    await core.close();
    await expect(core.invoke('getPublishedContent', undefined)).rejects.toMatchObject({
      code: 'unavailable',
      message: 'The kiosk is shutting down; try again.',
    });
    await expect(store.replace(makeContent('Late'))).rejects.toThrow('closed');
    expect(events).toEqual([]);
  });
});
