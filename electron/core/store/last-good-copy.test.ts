import type { Adapter } from 'lowdb';
import { describe, expect, it } from 'vitest';
import type { Content } from '../../contract/content-schema.ts';
import { makeContent } from '../test-support/make-content.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { createLastGoodCopy } from './last-good-copy.ts';

function memoryFile(failures: Error[] = []) {
  const writes: Content[] = [];
  const file: Adapter<Content> = {
    read: async () => writes.at(-1) ?? null,
    write: async (content) => {
      const failure = failures.shift();
      if (failure) throw failure;
      writes.push(content);
    },
  };
  return { file, writes };
}

describe('createLastGoodCopy', () => {
  it('saves content that differs from the copy on disk, and only that', async () => {
    const { file, writes } = memoryFile();
    const copy = createLastGoodCopy(file, makeContent('Old'), createRecordingLogger());
    await copy.refresh(makeContent('Old'));
    await copy.refresh(makeContent('New'));
    await copy.refresh(makeContent('New'));
    expect(writes).toEqual([makeContent('New')]);
  });

  it('saves the first content when there is no copy yet', async () => {
    const { file, writes } = memoryFile();
    await createLastGoodCopy(file, null, createRecordingLogger()).refresh(makeContent());
    expect(writes).toEqual([makeContent()]);
  });

  it('logs a failed save without throwing, and tries again next time', async () => {
    const { file, writes } = memoryFile([
      new Error('Could not save x: the disk is full (ENOSPC).'),
    ]);
    const log = createRecordingLogger();
    const copy = createLastGoodCopy(file, null, log);
    await copy.refresh(makeContent('New'));
    await copy.refresh(makeContent('New'));
    expect(writes).toEqual([makeContent('New')]);
    expect(log.lines).toEqual([
      {
        level: 'warn',
        message:
          'The last good copy was not refreshed. Could not save x: the disk is full (ENOSPC).',
      },
    ]);
  });
});
