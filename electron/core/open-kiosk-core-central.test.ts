import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CENTRAL_LOCKED_MESSAGE } from '../contract/central-schema.ts';
import type { LocalEditing } from '../contract/content-ownership.ts';
import type { Policy } from '../contract/policy-schema.ts';
import { setPin } from './admin/set-pin.ts';
import {
  contentWithPhone,
  createBundleFixture,
  type BundleFixture,
} from './central/test-support/bundle-fixture.ts';
import { createManualTimers, type ManualTimers } from './central/test-support/manual-timers.ts';
import type { KioskCore } from './kiosk-core-types.ts';
import { UNUSABLE_SOURCE_STATUS } from './open-central.ts';
import { openKioskCore } from './open-kiosk-core.ts';
import { kioskStatusOf } from './ops/heartbeat.ts';
import type { LoadedPolicy } from './policy/read-policy.ts';
import { makeContent } from './test-support/make-content.ts';
import { createRecordingLogger } from './test-support/recording-logger.ts';
import { refusal } from './test-support/refusal.ts';

const NOW = Date.parse('2026-12-01T09:00:00.000Z');
const PIN = '30405060';

let bundle: BundleFixture;
let timers: ManualTimers;
let core: KioskCore | undefined;
beforeEach(async () => {
  bundle = await createBundleFixture(NOW);
  timers = createManualTimers();
  await writeFile(join(bundle.root, 'default.json'), JSON.stringify(makeContent('Default')));
  core = undefined;
});
afterEach(async () => {
  await core?.close();
  await bundle.remove();
});

const sourceAt = (location: string, localEditing?: LocalEditing): LoadedPolicy => ({
  policy: {
    contentSource: {
      location,
      publicKeys: [bundle.key.publicText],
      ...(localEditing === undefined ? {} : { localEditing }),
    },
  } satisfies Policy,
  path: '/etc/asb-lobby-kiosk/policy.json',
  problem: null,
});

async function open(policy: LoadedPolicy, fetch?: typeof globalThis.fetch): Promise<KioskCore> {
  core = await openKioskCore({
    dataDir: bundle.dataDir,
    defaultContentPath: join(bundle.root, 'default.json'),
    log: createRecordingLogger(),
    now: () => NOW,
    timers,
    policy,
    appVersion: '0.1.0',
    ...(fetch === undefined ? {} : { fetch }),
  });
  return core;
}

async function signIn(kiosk: KioskCore): Promise<string> {
  const scrypt = { N: 1024, r: 8, p: 1 };
  await setPin({ dataDir: bundle.dataDir, pin: PIN, log: createRecordingLogger(), scrypt });
  return (await kiosk.invoke('adminSignIn', { pin: PIN })).token;
}

/** Runs the follower's next check; it is over when the follower plans the one after. */
async function checkOnce(): Promise<void> {
  expect(timers.runNext()).toBe(true);
  await vi.waitFor(() => expect(timers.pending()).toHaveLength(1));
}

describe('openKioskCore with a central source', () => {
  it('shows signed content to visitors as a central revision, audited, with its status', async () => {
    const manifest = await bundle.sign({ content: contentWithPhone('(916) 555-0177') });
    const kiosk = await open(sourceAt(bundle.bundleDir));

    await checkOnce();

    const published = await kiosk.invoke('getPublishedContent', undefined);
    expect(published).toEqual({ revision: 2, content: contentWithPhone('(916) 555-0177') });
    const status = await kiosk.invoke('adminStatus', undefined);
    expect(status.central).toEqual({
      location: bundle.bundleDir,
      version: 1,
      keyId: bundle.key.keyId,
      expiresAt: manifest.expiresAt,
      lastCheckAt: new Date(NOW).toISOString(),
      lastAppliedAt: new Date(NOW).toISOString(),
      behindSince: null,
      reason: null,
      localEditing: 'announcements-and-hours',
      keptLocal: false,
    });
    expect(await kioskStatusOf(kiosk).central()).toEqual(status.central);
    const token = await signIn(kiosk);
    const { revisions } = await kiosk.invoke('listRevisions', { token });
    expect(revisions[0]).toMatchObject({
      number: 2,
      kind: 'central',
      initials: '',
      central: { version: 1, keyId: bundle.key.keyId },
    });
    const { entries } = await kiosk.invoke('readAuditLog', { token });
    expect(entries.find((entry) => entry.action === 'central-applied')).toMatchObject({
      detail: `Central content version 1 (key ${bundle.key.keyId}) applied as revision 2`,
    });
  });

  it('tells the shells when the central status changed, for the heartbeat and admin', async () => {
    await bundle.sign();
    const kiosk = await open(sourceAt(bundle.bundleDir));
    const seen: string[] = [];
    kiosk.subscribe((event) => seen.push(event.name));

    await checkOnce();
    await checkOnce();

    expect(seen.filter((name) => name === 'centralChanged')).toHaveLength(1);
  });

  it('in mode "none", locks staff editing with the central words', async () => {
    const kiosk = await open(sourceAt(bundle.bundleDir, 'none'));
    const token = await signIn(kiosk);

    const error = await refusal(
      kiosk.invoke('saveDraft', { token, content: contentWithPhone('(916) 555-0100') }),
    );

    expect({ code: error.code, message: error.message }).toEqual({
      code: 'forbidden',
      message: CENTRAL_LOCKED_MESSAGE,
    });
  });

  it('by default, staff post announcements that a central update keeps, and see a stale number flagged', async () => {
    await bundle.sign({ content: contentWithPhone('(916) 555-0177') });
    const kiosk = await open(sourceAt(bundle.bundleDir));
    await checkOnce();
    const token = await signIn(kiosk);
    const mine = structuredClone(contentWithPhone('(916) 555-0100'));
    mine.announcements = [
      {
        id: 'noon',
        text: { en: 'Closes at noon. Call 555-0177.', es: '' },
        startsAt: '',
        endsAt: '',
      },
    ];
    await kiosk.invoke('saveDraft', { token, content: mine });
    await kiosk.invoke('publishDraft', { token, initials: 'JD' });
    expect((await kiosk.invoke('adminStatus', undefined)).problems).toEqual([]);

    await bundle.sign({ content: contentWithPhone('(916) 555-0188') });
    await checkOnce();

    const { content } = await kiosk.invoke('getPublishedContent', undefined);
    expect(content.programs[0]?.units[0]?.phone).toBe('(916) 555-0188');
    expect(content.announcements.map((a) => a.text.en)).toEqual(['Closes at noon. Call 555-0177.']);
    expect((await kiosk.invoke('adminStatus', undefined)).problems).toEqual([
      expect.stringMatching(/^Announcement 1 › Text \(English\) mentions 555-0177, a number/),
    ]);
  });

  it('keeps the last good content and says why when the source cannot be read', async () => {
    await bundle.sign({ content: contentWithPhone('(916) 555-0177') });
    const kiosk = await open(sourceAt(bundle.bundleDir));
    await checkOnce();
    await rm(bundle.bundleDir, { recursive: true });

    await checkOnce();

    expect((await kiosk.invoke('getPublishedContent', undefined)).content).toEqual(
      contentWithPhone('(916) 555-0177'),
    );
    const { central, problems } = await kiosk.invoke('adminStatus', undefined);
    expect(central).toMatchObject({ version: 1, behindSince: new Date(NOW).toISOString() });
    expect(central?.reason).toEqual(expect.any(String));
    expect(problems).toContainEqual(
      expect.stringMatching(/^Central content could not be updated since /),
    );
  });

  it('reaches a web address through the fetch it is given', async () => {
    await bundle.sign({ content: contentWithPhone('(916) 555-0188') });
    const asked: string[] = [];
    const fetch = (async (input: string | URL | Request) => {
      const url = input instanceof Request ? input.url : String(input);
      asked.push(url);
      return new Response(await readFile(join(bundle.bundleDir, basename(new URL(url).pathname))));
    }) as typeof globalThis.fetch;
    const kiosk = await open(sourceAt('http://127.0.0.1:9/bundle/'), fetch);

    await checkOnce();

    expect(asked[0]).toBe('http://127.0.0.1:9/bundle/manifest.json');
    expect((await kiosk.invoke('getPublishedContent', undefined)).content).toEqual(
      contentWithPhone('(916) 555-0188'),
    );
  });

  it('stops following when closed', async () => {
    const kiosk = await open(sourceAt(bundle.bundleDir));
    expect(timers.pending()).toHaveLength(1);

    await kiosk.close();
    core = undefined;

    expect(timers.pending()).toEqual([]);
  });
});

describe('openKioskCore with a contentSource that cannot be used', () => {
  it('applies nothing, locks editing and says so in adminStatus', async () => {
    await bundle.sign({ content: contentWithPhone('(916) 555-0177') });
    const kiosk = await open({
      policy: {},
      path: '/etc/asb-lobby-kiosk/policy.json',
      problem: 'policy.json: "contentSource.publicKeys": …',
      contentSourceBroken: true,
    });
    const token = await signIn(kiosk);

    expect(timers.pending()).toEqual([]);
    expect((await kiosk.invoke('adminStatus', undefined)).central).toEqual(UNUSABLE_SOURCE_STATUS);
    expect((await refusal(kiosk.invoke('publishDraft', { token, initials: 'JD' }))).message).toBe(
      CENTRAL_LOCKED_MESSAGE,
    );
    expect((await kiosk.invoke('getPublishedContent', undefined)).revision).toBe(1);
  });
});

describe('openKioskCore without a central source', () => {
  it('says central is null and lets staff edit', async () => {
    const kiosk = await open({
      policy: {},
      path: '/etc/asb-lobby-kiosk/policy.json',
      problem: null,
    });
    const token = await signIn(kiosk);

    expect((await kiosk.invoke('adminStatus', undefined)).central).toBeNull();
    await kiosk.invoke('saveDraft', { token, content: contentWithPhone('(916) 555-0100') });
    expect(timers.pending()).toEqual([]);
  });
});
