import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../contract/errors.ts';
import { checkContent, isCheckedContent } from '../content/checked-content.ts';
import { durableWriteProblems } from '../test-support/durable-write-check.ts';
import { makeContent } from '../test-support/make-content.ts';
import { errnoError } from '../test-support/scripted-fs.ts';
import { useStoreFixture } from '../test-support/store-fixture.ts';
import type { PublishedContent } from './content-store.ts';
import { serializeJson } from './durable-json-file.ts';

const f = useStoreFixture();

describe('ContentStore.replace', () => {
  it('saves durably, bumps the revision, refreshes the last good copy and tells subscribers', async () => {
    const store = await f.open();
    const seen: PublishedContent[] = [];
    store.subscribe((published) => seen.push(published));
    f.fs.calls.length = 0;
    const published = await store.replace(makeContent('New'));
    expect(published).toEqual({ revision: 1, content: makeContent('New') });
    expect(store.get()).toEqual(published);
    expect(seen).toEqual([published]);
    expect(await f.readJson('content.json')).toEqual(makeContent('New'));
    expect(await f.readJson('content.last-good.json')).toEqual(makeContent('New'));
    expect(durableWriteProblems(f.fs.calls, f.inData('content.json'), 'linux')).toEqual([]);
  });

  it('keeps content checkContent passed as it is, and saves its text in both files', async () => {
    const store = await f.open();
    const checked = checkContent(makeContent('New'));
    if (!checked.success) throw new Error('makeContent should pass the content rules');
    const published = await store.replace(checked.data);
    expect(published.content).toBe(checked.data);
    const text = serializeJson(makeContent('New'));
    expect(await readFile(f.inData('content.json'), 'utf8')).toBe(text);
    expect(await readFile(f.inData('content.last-good.json'), 'utf8')).toBe(text);
  });

  it('checks any other content itself, and keeps the checked copy', async () => {
    const store = await f.open();
    const input = makeContent('New');
    const { content } = await store.replace(input);
    expect(content).toEqual(input);
    expect(content).not.toBe(input);
    expect(isCheckedContent(content)).toBe(true);
  });

  it('refuses content that does not match the schema and changes nothing', async () => {
    const store = await f.open();
    const seen: unknown[] = [];
    store.subscribe((p) => seen.push(p));
    const bad = { ...makeContent(), privacy: { ...makeContent().privacy, policyDate: 'soon' } };
    const error = await store.replace(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'bad_request',
      issues: ['privacy.policyDate: The policy date must look like 4/28/2022'],
    });
    expect(store.get()).toEqual({ revision: 0, content: makeContent('Default') });
    expect(await f.readJson('content.json')).toEqual(makeContent('Default'));
    expect(seen).toEqual([]);
  });

  it.each([
    ['ENOSPC', 'write', 'the disk is full (ENOSPC)'],
    ['EROFS', 'open', 'the disk is read-only (EROFS)'],
  ])(
    'rejects when the disk fails with %s and leaves content.json intact',
    async (code, op, words) => {
      const store = await f.open();
      const seen: unknown[] = [];
      store.subscribe((p) => seen.push(p));
      f.fs.failWhen((call) => call.op === op, errnoError(code, op, f.dataDir));
      const error = await store.replace(makeContent('New')).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'unavailable' });
      expect((error as Error).message).toBe(
        `Could not save ${f.inData('content.json')}: ${words}. The file was left as it was. Visitors still see the content as it was.`,
      );
      expect(await f.readJson('content.json')).toEqual(makeContent('Default'));
      expect(store.get()).toEqual({ revision: 0, content: makeContent('Default') });
      expect(seen).toEqual([]);
      expect(await readdir(f.dataDir)).toEqual(['content.json', 'content.last-good.json']);
    },
  );

  it('does not rewrite the last good copy when it already holds the content', async () => {
    await f.seed(makeContent('Good'));
    f.fs.calls.length = 0;
    await f.open();
    expect(f.fs.calls.filter((call) => call.op === 'rename')).toEqual([]);
  });

  it('stops telling a subscriber once it unsubscribes, and refuses changes once closed', async () => {
    const store = await f.open();
    const seen: number[] = [];
    const stop = store.subscribe((p) => seen.push(p.revision));
    await store.replace(makeContent('One'));
    stop();
    await store.replace(makeContent('Two'));
    await store.close();
    await expect(store.replace(makeContent('Three'))).rejects.toThrow(
      'The content store is closed.',
    );
    expect(seen).toEqual([1]);
    expect(await f.readJson('content.json')).toEqual(makeContent('Two'));
  });
});
