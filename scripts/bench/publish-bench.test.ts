import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeRecords } from '../../electron/core/editing/change-records.ts';
import { MAX_PROGRAMS } from '../../electron/contract/content-rules.ts';
import { Content } from '../../electron/contract/content-schema.ts';
import { makeContent } from '../../electron/core/test-support/make-content.ts';
import { editedCopy, fileSystemIn, programsWorth, publishTimes } from './publish-bench.ts';

const MOUNTS = [
  '/dev/sda1 / ext4 rw,relatime 0 0',
  'tmpfs /tmp tmpfs rw,nosuid 0 0',
  '/dev/sdb1 /mnt/kiosk\\040data xfs rw 0 0',
  '',
].join('\n');

describe('fileSystemIn', () => {
  it('names the mount that holds the path: the longest mount point above it', () => {
    expect(fileSystemIn(MOUNTS, '/tmp/asb-kiosk-publish-x')).toBe('tmpfs on /tmp');
    expect(fileSystemIn(MOUNTS, '/tmpfiles/x')).toBe('ext4 on /');
    expect(fileSystemIn(MOUNTS, '/mnt/kiosk data/x')).toBe('xfs on /mnt/kiosk data');
  });

  it('says unknown when no mount is listed', () => {
    expect(fileSystemIn('', '/tmp/x')).toBe('unknown');
  });
});

describe('programsWorth', () => {
  it('carries the text of every copy in at most MAX_PROGRAMS programs, and passes the rules', async () => {
    const content = Content.parse(JSON.parse(await readFile('data/default-content.json', 'utf8')));
    const grown = programsWorth(content, 1000);
    expect(Content.safeParse(grown).success).toBe(true);
    expect(grown.programs).toHaveLength(MAX_PROGRAMS);
    const paragraphs = (c: Content) => c.programs.flatMap((p) => p.description).length;
    const expected = Array.from(
      { length: 1000 },
      (_, i) => content.programs[i % content.programs.length]!.description.length,
    ).reduce((a, b) => a + b, 0);
    expect(paragraphs(grown)).toBe(expected);
  });

  it('keeps a small count as that many programs', () => {
    const grown = programsWorth(makeContent('Default'), 3);
    expect(grown.programs.map((p) => p.id)).toHaveLength(3);
    expect(Content.safeParse(grown).success).toBe(true);
  });
});

describe('editedCopy', () => {
  it('is one change to the content', () => {
    const content = makeContent('Default');
    expect(changeRecords(content, editedCopy(content, '(edited)'))).toHaveLength(1);
  });
});

describe('publishTimes', () => {
  it('publishes through the core on a real folder and times each publish', async () => {
    const root = await mkdtemp(join(tmpdir(), 'publish-bench-'));
    try {
      const times = await publishTimes(root, makeContent('Default'), 2);
      expect(times).toHaveLength(2);
      for (const ms of times) expect(ms).toBeGreaterThan(0);
      const published = JSON.parse(await readFile(join(root, 'data', 'content.json'), 'utf8'));
      // Three publishes not counted and two counted, alternating from the edited copy.
      expect(published.programs[0].title.en).toMatch(/\(edited\)$/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
