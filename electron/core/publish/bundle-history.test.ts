import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import {
  BUNDLE_HISTORY_FILE,
  KEPT_SENDS,
  openBundleHistory,
  type SentRecord,
} from './bundle-history.ts';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'bundle-history-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const sent = (revision: number, version: number): SentRecord => ({
  revision,
  version,
  keyId: '1a2b3c4d5e6f7a8b',
  at: new Date(Date.UTC(2026, 11, 6) + version * 1000).toISOString(),
  expiresAt: '2027-01-05T00:00:00.000Z',
});

describe('openBundleHistory', () => {
  it('keeps sends on disk, newest last, and finds the latest send of a revision', async () => {
    const history = await openBundleHistory({ dataDir, log: createRecordingLogger() });
    await history.add(sent(4, 1));
    await history.add(sent(4, 2));
    await history.add(sent(5, 3));

    const reopened = await openBundleHistory({ dataDir, log: createRecordingLogger() });
    expect(reopened.list().map(({ version }) => version)).toEqual([1, 2, 3]);
    expect(reopened.latestOf(4)?.version).toBe(2);
    expect(reopened.latestOf(3)).toBeUndefined();
  });

  it(`keeps only the newest ${KEPT_SENDS}`, async () => {
    const history = await openBundleHistory({ dataDir, log: createRecordingLogger() });
    for (let version = 1; version <= KEPT_SENDS + 2; version += 1) {
      await history.add(sent(version, version));
    }
    const kept = JSON.parse(
      await readFile(join(dataDir, BUNDLE_HISTORY_FILE), 'utf8'),
    ) as SentRecord[];
    expect(kept).toHaveLength(KEPT_SENDS);
    expect(kept[0]?.version).toBe(3);
  });

  it('starts empty from a damaged file, saying so in the log, and writes it anew', async () => {
    await writeFile(join(dataDir, BUNDLE_HISTORY_FILE), '[{"revision": ');
    const log = createRecordingLogger();
    const history = await openBundleHistory({ dataDir, log });
    expect(history.list()).toEqual([]);
    expect(log.lines.map(({ message }) => message).join('\n')).toMatch(
      /is damaged; History starts without/,
    );
    await history.add(sent(1, 1));
    expect((await openBundleHistory({ dataDir, log })).list()).toHaveLength(1);
  });
});
