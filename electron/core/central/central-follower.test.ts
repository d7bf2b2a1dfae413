import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CentralStatus, ContentSource } from '../../contract/central-schema.ts';
import { nodeDurableFs, type DurableFs } from '../store/durable-fs.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { errnoError } from '../test-support/scripted-fs.ts';
import {
  openCentralFollower,
  type CentralFollower,
  type CentralFollowerOptions,
} from './central-follower.ts';
import { CENTRAL_STATE_FILE } from './central-state.ts';
import { QUARANTINE_FOLDER } from './quarantine.ts';
import {
  contentWithPhone,
  createBundleFixture,
  daysAgo,
  folderFetch,
  type BundleFixture,
  type FolderFetch,
} from './test-support/bundle-fixture.ts';
import { createManualTimers, type ManualTimers } from './test-support/manual-timers.ts';

const NOW = Date.parse('2026-12-06T12:00:00.000Z');
const SERVER = 'http://127.0.0.1:8080/kiosk-bundle/';

let fixture: BundleFixture;
let server: typeof fetch & FolderFetch;
let apply: ReturnType<typeof vi.fn<CentralFollowerOptions['apply']>>;
let timers: ManualTimers;
let log: ReturnType<typeof createRecordingLogger>;
let clock: number;
let follower: CentralFollower | undefined;

beforeEach(async () => {
  fixture = await createBundleFixture(NOW);
  server = folderFetch(fixture.bundleDir);
  apply = vi.fn<CentralFollowerOptions['apply']>(async () => ({ keptLocal: false }));
  timers = createManualTimers();
  log = createRecordingLogger();
  clock = NOW;
  follower = undefined;
});

afterEach(async () => {
  await follower?.stop();
  await fixture.remove();
});

async function open(
  source: Partial<ContentSource> = {},
  onChange?: () => void,
): Promise<CentralFollower> {
  follower = await openCentralFollower({
    ...(onChange === undefined ? {} : { onChange }),
    source: { location: SERVER, publicKeys: [fixture.key.publicText], ...source },
    dataDir: fixture.dataDir,
    fetch: server,
    now: () => clock,
    timers,
    log,
    appVersion: '0.1.0',
    random: () => 0.5,
    apply,
  });
  return follower;
}

async function quarantined(): Promise<{ name: string; files: string[]; reason: string }[]> {
  const folder = join(fixture.dataDir, QUARANTINE_FOLDER);
  const names = await readdir(folder).catch(() => []);
  return Promise.all(
    names.sort().map(async (name) => ({
      name,
      files: (await readdir(join(folder, name))).sort(),
      reason: (await readFile(join(folder, name, 'reason.txt'), 'utf8')).trim(),
    })),
  );
}

/** Applies version 1 (phone 0100), the last good content every refusal below must keep. */
async function followingVersionOne(): Promise<CentralFollower> {
  await fixture.sign();
  const kiosk = await open();
  expect((await kiosk.checkNow()).version).toBe(1);
  apply.mockClear();
  return kiosk;
}

/** The refusal as staff and IT see it; the last good version stays the one shown. */
async function expectRefused(
  kiosk: CentralFollower,
  reason: RegExp | string,
): Promise<CentralStatus> {
  clock += 60_000;
  const status = await kiosk.checkNow();
  if (typeof reason === 'string') expect(status.reason).toBe(reason);
  else expect(status.reason).toMatch(reason);
  expect(status.version).toBe(1);
  expect(status.behindSince).toBe(new Date(clock).toISOString());
  expect(apply).not.toHaveBeenCalled();
  expect(kiosk.problems()[0]).toBe(
    `Central content could not be updated since 2026-12-06 12:01 UTC: ${status.reason}`,
  );
  return status;
}

describe('openCentralFollower', () => {
  it('applies a new version, records it durably and reports it', async () => {
    const manifest = await fixture.sign({ content: contentWithPhone('(916) 555-0199') });
    const kiosk = await open();
    const status = await kiosk.checkNow();
    expect(status).toEqual({
      location: SERVER,
      version: 1,
      keyId: fixture.key.keyId,
      expiresAt: manifest.expiresAt,
      lastCheckAt: new Date(NOW).toISOString(),
      lastAppliedAt: new Date(NOW).toISOString(),
      behindSince: null,
      reason: null,
      localEditing: 'announcements-and-hours',
      keptLocal: false,
    });
    expect(apply).toHaveBeenCalledWith(expect.anything(), { version: 1, keyId: fixture.key.keyId });
    expect(apply.mock.calls[0]?.[0].programs[0]?.units[0]?.phone).toBe('(916) 555-0199');
    const record = JSON.parse(await readFile(join(fixture.dataDir, CENTRAL_STATE_FILE), 'utf8'));
    expect(record).toMatchObject({ version: 1, sha256: manifest.content.sha256 });
    expect(kiosk.problems()).toEqual([]);
  });

  it('applies the same version again after IT changes localEditing, and only then', async () => {
    await fixture.sign();
    await (await open({ localEditing: 'none' })).checkNow();
    await follower?.stop();
    await (await open({ localEditing: 'none' })).checkNow();
    expect(apply).toHaveBeenCalledTimes(1);
    await follower?.stop();

    const kiosk = await open({ localEditing: 'all' });
    await kiosk.checkNow();

    expect(apply).toHaveBeenCalledTimes(2);
    const record = JSON.parse(await readFile(join(fixture.dataDir, CENTRAL_STATE_FILE), 'utf8'));
    expect(record).toMatchObject({ version: 1, localEditing: 'all' });
  });

  it("says a version was kept from visitors when staff's edits win (mode all)", async () => {
    apply.mockResolvedValue({ keptLocal: true });
    await fixture.sign();
    const kiosk = await open({ localEditing: 'all' });

    const status = await kiosk.checkNow();

    expect(status).toMatchObject({
      version: 1,
      keptLocal: true,
      localEditing: 'all',
      reason: null,
    });
    expect(kiosk.problems()).toEqual([]);
    expect(
      log.lines.some(({ message }) => message.includes("not shown, because staff's own edits")),
    ).toBe(true);
  });

  it('asks the server only for a changed manifest after a check that succeeded', async () => {
    await fixture.sign();
    const kiosk = await open();
    await kiosk.checkNow();
    await kiosk.checkNow();
    const manifestRequests = server.requests.filter(({ url }) => url.endsWith('manifest.json'));
    expect(manifestRequests).toHaveLength(2);
    // The fake server sends no ETag or Last-Modified, so there is nothing to ask with.
    expect(manifestRequests[1]?.headers.get('if-none-match')).toBeNull();
    expect(manifestRequests[0]?.headers.get('cache-control')).toBe('no-cache');
  });

  describe('refuses, keeps the last good content, says why and quarantines', () => {
    it('a content file changed after signing', async () => {
      const kiosk = await followingVersionOne();
      const manifest = await fixture.sign({ content: contentWithPhone('(916) 555-0199') });
      const text = (await fixture.read(manifest.content.file)).toString('utf8');
      await fixture.write(manifest.content.file, text.replace('555-0199', '555-0666'));
      await expectRefused(
        kiosk,
        /does not have the SHA-256 the manifest names: it was changed or damaged\.$/,
      );
      const [entry] = await quarantined();
      expect(entry?.files).toEqual(['content.json', 'manifest.json', 'manifest.sig', 'reason.txt']);
    });

    it('a manifest changed after signing', async () => {
      const kiosk = await followingVersionOne();
      await fixture.sign({ content: contentWithPhone('(916) 555-0199') });
      const text = (await fixture.read('manifest.json')).toString('utf8');
      await fixture.write(
        'manifest.json',
        text.replace('"contentVersion": 2', '"contentVersion": 3'),
      );
      await expectRefused(kiosk, /^The signature in manifest\.sig does not match manifest\.json/);
      const [entry] = await quarantined();
      expect(entry?.files).toEqual(['manifest.json', 'manifest.sig', 'reason.txt']);
    });

    it('a bundle signed with a key the kiosk does not pin', async () => {
      const kiosk = await followingVersionOne();
      await fixture.sign({
        key: await fixture.newKey(),
        content: contentWithPhone('(916) 555-0199'),
      });
      await expectRefused(kiosk, /signed with another key\.$/);
      expect(await quarantined()).toHaveLength(1);
    });

    it('a replayed older version', async () => {
      await fixture.sign();
      const old = await fixture.snapshot();
      await fixture.sign({ content: contentWithPhone('(916) 555-0199') });
      const kiosk = await open();
      expect((await kiosk.checkNow()).version).toBe(2);
      apply.mockClear();
      await old.restore();
      clock += 60_000;
      const status = await kiosk.checkNow();
      expect(status.reason).toBe(
        'Version 1 is older than version 2, which this kiosk has already applied (a replayed bundle?).',
      );
      expect(status.version).toBe(2);
      expect(apply).not.toHaveBeenCalled();
      const [entry] = await quarantined();
      expect(entry?.reason).toBe(status.reason);
    });

    it('an expired manifest', async () => {
      const kiosk = await followingVersionOne();
      await fixture.sign({ now: daysAgo(NOW, 40), content: contentWithPhone('(916) 555-0199') });
      await expectRefused(kiosk, /^The bundle expired on 2026-11-26; IT needs to re-sign it/);
      expect(await quarantined()).toHaveLength(1);
    });

    it('a download cut off part way', async () => {
      const kiosk = await followingVersionOne();
      const manifest = await fixture.sign({ content: contentWithPhone('(916) 555-0199') });
      server.cutAfter.set(manifest.content.file, 200);
      await expectRefused(
        kiosk,
        `The download of ${SERVER}${manifest.content.file} was cut off (the connection closed early).`,
      );
      const [entry] = await quarantined();
      const kept = await readFile(
        join(fixture.dataDir, QUARANTINE_FOLDER, entry?.name ?? '', 'content.json'),
      );
      expect(kept.length).toBe(200);
    });

    it('a truncated content file', async () => {
      const kiosk = await followingVersionOne();
      const manifest = await fixture.sign({ content: contentWithPhone('(916) 555-0199') });
      await fixture.write(
        manifest.content.file,
        (await fixture.read(manifest.content.file)).subarray(0, 300),
      );
      await expectRefused(
        kiosk,
        /is 300 bytes but the manifest says \d+: the download was cut short/,
      );
      expect(await quarantined()).toHaveLength(1);
    });
  });

  describe('an unreachable source: keeps the last good content and says why, with nothing to quarantine', () => {
    it('a stopped server', async () => {
      const kiosk = await followingVersionOne();
      await fixture.sign({ content: contentWithPhone('(916) 555-0199') });
      server.stopped = true;
      await expectRefused(
        kiosk,
        `${SERVER}manifest.json could not be reached (connection refused: is the server running?).`,
      );
      expect(await quarantined()).toEqual([]);
    });

    it('a folder that cannot be reached', async () => {
      await fixture.sign();
      const kiosk = await open({ location: fixture.bundleDir });
      expect((await kiosk.checkNow()).version).toBe(1);
      apply.mockClear();
      await fixture.sign({ content: contentWithPhone('(916) 555-0199') });
      const { rename } = await import('node:fs/promises');
      await rename(fixture.bundleDir, `${fixture.bundleDir}-gone`);
      await expectRefused(
        kiosk,
        `manifest.json was not found in the bundle folder ${fixture.bundleDir} (is the folder or share reachable from this kiosk?).`,
      );
      expect(await quarantined()).toEqual([]);
    });
  });

  it('catches up once the source is good again, and clears the reason', async () => {
    const kiosk = await followingVersionOne();
    server.stopped = true;
    await kiosk.checkNow();
    server.stopped = false;
    await fixture.sign({ content: contentWithPhone('(916) 555-0199') });
    const status = await kiosk.checkNow();
    expect(status).toMatchObject({ version: 2, reason: null, behindSince: null });
    expect(kiosk.problems()).toEqual([]);
  });

  it('keeps "behind since" at the first failure of a run', async () => {
    const kiosk = await followingVersionOne();
    server.stopped = true;
    clock += 60_000;
    const first = await kiosk.checkNow();
    clock += 60_000;
    const second = await kiosk.checkNow();
    expect(second.behindSince).toBe(first.behindSince);
    expect(second.lastCheckAt).toBe(new Date(clock).toISOString());
  });

  it('refuses a replayed version after a restart: the applied version is read back', async () => {
    await fixture.sign();
    const old = await fixture.snapshot();
    await fixture.sign({ content: contentWithPhone('(916) 555-0199') });
    await (await open()).checkNow();
    await follower?.stop();
    await old.restore();
    apply.mockClear();
    const restarted = await open();
    expect(restarted.status().version).toBe(2);
    expect((await restarted.checkNow()).reason).toMatch(/^Version 1 is older than version 2/);
    expect(apply).not.toHaveBeenCalled();
  });

  it('refuses everything while a damaged record is kept aside, and accepts again once IT deletes it', async () => {
    await fixture.sign();
    await mkdir(fixture.dataDir, { recursive: true });
    await writeFile(join(fixture.dataDir, CENTRAL_STATE_FILE), '{"version": ');
    const kiosk = await open();
    const status = await kiosk.checkNow();
    expect(status.reason).toMatch(
      /^The record of applied versions cannot be read: central-source\.json\.unparsable-\S+ was kept aside in the data folder\. IT deletes it to accept central content again\.$/,
    );
    expect(apply).not.toHaveBeenCalled();
    const { rm } = await import('node:fs/promises');
    for (const name of await readdir(fixture.dataDir)) {
      if (name.startsWith(`${CENTRAL_STATE_FILE}.`)) await rm(join(fixture.dataDir, name));
    }
    expect((await kiosk.checkNow()).version).toBe(1);
  });

  it('says what is wrong with a pinned key it cannot use, and applies nothing', async () => {
    await fixture.sign();
    const kiosk = await open({ publicKeys: ['not a key'] });
    const status = await kiosk.checkNow();
    expect(status.reason).toMatch(/^A public key in the policy's contentSource cannot be used: /);
    expect(apply).not.toHaveBeenCalled();
  });

  it('refuses everything from a location the policy schema would have refused', async () => {
    const kiosk = await open({ location: 'http://intranet.example/kiosk-bundle/' });
    expect((await kiosk.checkNow()).reason).toBe(
      "The policy's contentSource.location cannot be used: http://intranet.example/kiosk-bundle/ is neither a folder nor an https:// address.",
    );
    expect(server.requests).toEqual([]);
  });

  it('warns 7 days before the applied content expires', async () => {
    const manifest = await fixture.sign({ now: daysAgo(NOW, 22), expiresDays: 30 });
    const kiosk = await open();
    await kiosk.checkNow();
    expect(kiosk.problems()).toEqual([]);
    clock = Date.parse(manifest.expiresAt) - 7 * 24 * 60 * 60 * 1000;
    expect(kiosk.problems()).toEqual([
      'The central content this kiosk shows expires on 2026-12-14; IT needs to re-sign it (bundle resign).',
    ]);
  });

  it('says when the content passed but could not be applied, and quarantines nothing', async () => {
    await fixture.sign();
    apply.mockRejectedValueOnce(new Error('The disk is full.'));
    const kiosk = await open();
    const status = await kiosk.checkNow();
    expect(status.reason).toBe(
      'Version 1 passed every check but could not be applied: The disk is full.',
    );
    expect(status.version).toBeNull();
    expect(await quarantined()).toEqual([]);
  });

  it('says when the applied version could not be recorded, and records it at the next check', async () => {
    await fixture.sign();
    let failSaves = 1;
    const fs: DurableFs = {
      ...nodeDurableFs,
      open: async (path, flags, mode) => {
        if (flags === 'wx' && failSaves > 0) {
          failSaves -= 1;
          throw errnoError('ENOSPC', 'open', path);
        }
        return nodeDurableFs.open(path, flags, mode);
      },
    };
    follower = await openCentralFollower({
      source: { location: SERVER, publicKeys: [fixture.key.publicText] },
      dataDir: fixture.dataDir,
      fs,
      fetch: server,
      now: () => clock,
      timers,
      log,
      appVersion: '0.1.0',
      apply,
    });
    const first = await follower.checkNow();
    expect(first.version).toBe(1);
    expect(first.reason).toBe(
      'Version 1 is shown, but the record of applied versions could not be saved: the disk is full (ENOSPC).',
    );
    const second = await follower.checkNow();
    expect(second.reason).toBeNull();
    expect(apply).toHaveBeenCalledTimes(1);
    const record = JSON.parse(await readFile(join(fixture.dataDir, CENTRAL_STATE_FILE), 'utf8'));
    expect(record.version).toBe(1);
  });

  it('tells when a check changed the status, and not when it only checked again', async () => {
    await fixture.sign();
    const onChange = vi.fn();
    const kiosk = await open({}, onChange);
    await kiosk.checkNow();
    expect(onChange).toHaveBeenCalledTimes(1);
    clock += 60_000;
    await kiosk.checkNow();
    expect(onChange).toHaveBeenCalledTimes(1);
    await fixture.write('manifest.sig', Buffer.alloc(64));
    await kiosk.checkNow();
    expect(onChange).toHaveBeenCalledTimes(2);
    await kiosk.checkNow();
    expect(onChange).toHaveBeenCalledTimes(2);
    await fixture.sign({ content: contentWithPhone('(916) 555-0199') });
    await kiosk.checkNow();
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('checks first soon after start, then on the interval, and stops', async () => {
    await fixture.sign();
    const kiosk = await open({ checkEverySeconds: 60 });
    kiosk.start();
    expect(timers.pending()).toEqual([1000]);
    timers.runNext();
    await vi.waitFor(() => expect(kiosk.status().version).toBe(1));
    await vi.waitFor(() => expect(timers.pending()).toEqual([60_000]));
    await kiosk.stop();
    expect(timers.pending()).toEqual([]);
  });
});
