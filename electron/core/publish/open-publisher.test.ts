import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../contract/bundle-schema.ts';
import type { Policy } from '../../contract/policy-schema.ts';
import { setPin } from '../admin/set-pin.ts';
import { publicKeyFromText } from '../bundle/keys.ts';
import { verifyContentBytes, verifyManifest } from '../bundle/verify-bundle.ts';
import {
  contentWithPhone,
  createBundleFixture,
  PASSPHRASE,
  type BundleFixture,
} from '../central/test-support/bundle-fixture.ts';
import { createManualTimers, type ManualTimers } from '../central/test-support/manual-timers.ts';
import type { KioskCore } from '../kiosk-core-types.ts';
import { openKioskCore } from '../open-kiosk-core.ts';
import type { LoadedPolicy } from '../policy/read-policy.ts';
import { makeContent } from '../test-support/make-content.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { refusal } from '../test-support/refusal.ts';
import { BUNDLE_HISTORY_FILE } from './bundle-history.ts';
import { CHECK_EVERY_MS, DRAFT_FIRST, FIRST_CHECK_MS, NOT_PUBLISHER } from './publisher.ts';

const NOW = Date.parse('2026-12-06T17:00:00.000Z');
const DAY_MS = 24 * 60 * 60 * 1000;
const PIN = '30405060';

let bundle: BundleFixture;
let timers: ManualTimers;
let clock: number;
let core: KioskCore | undefined;
beforeEach(async () => {
  bundle = await createBundleFixture(NOW);
  timers = createManualTimers();
  clock = NOW;
  await writeFile(join(bundle.root, 'default.json'), JSON.stringify(makeContent('Default')));
  core = undefined;
});
afterEach(async () => {
  await core?.close();
  await bundle.remove();
});

const publisherPolicy = (more: Partial<Policy['publisher']> = {}): LoadedPolicy => ({
  policy: {
    role: 'publisher',
    publisher: { bundleFolder: bundle.bundleDir, keyFile: bundle.key.privatePath, ...more },
  },
  path: '/etc/asb-lobby-kiosk/policy.json',
  problem: null,
});

async function open(policy?: LoadedPolicy): Promise<KioskCore> {
  core = await openKioskCore({
    dataDir: bundle.dataDir,
    defaultContentPath: join(bundle.root, 'default.json'),
    log: createRecordingLogger(),
    now: () => clock,
    timers,
    appVersion: '0.1.0',
    ...(policy === undefined ? {} : { policy }),
  });
  return core;
}

async function signIn(kiosk: KioskCore): Promise<string> {
  const scrypt = { N: 1024, r: 8, p: 1 };
  await setPin({ dataDir: bundle.dataDir, pin: PIN, log: createRecordingLogger(), scrypt });
  return (await kiosk.invoke('adminSignIn', { pin: PIN })).token;
}

async function publishPhone(kiosk: KioskCore, token: string, phone: string): Promise<void> {
  await kiosk.invoke('saveDraft', { token, content: contentWithPhone(phone) });
  await kiosk.invoke('publishDraft', { token, initials: 'JD' });
}

/** What a kiosk pinning the fixture's key would take from the folder, or why it would not. */
async function whatKiosksSee(): Promise<unknown> {
  const signed = verifyManifest(
    await bundle.read(MANIFEST_FILE),
    await bundle.read(SIGNATURE_FILE),
    [publicKeyFromText(bundle.key.publicText)],
  );
  if (!signed.ok) return signed.reason;
  const bytes = await bundle.read(signed.value.manifest.content.file);
  const content = verifyContentBytes(signed.value.manifest, bytes);
  return content.ok ? { manifest: signed.value.manifest, content: content.value } : content.reason;
}

/** Runs the publisher's next check; it is over when it plans the one after. */
async function checkOnce(): Promise<void> {
  expect(timers.runNext()).toBe(true);
  await vi.waitFor(() => expect(timers.pending()).toEqual([CHECK_EVERY_MS]));
}

describe('publishToKiosks on the publishing PC', () => {
  it('signs the published content into the bundle folder, audited first, labelled in History', async () => {
    const kiosk = await open(publisherPolicy());
    const token = await signIn(kiosk);
    await publishPhone(kiosk, token, '(916) 555-0177');

    const sent = await kiosk.invoke('publishToKiosks', {
      token,
      passphrase: PASSPHRASE,
      initials: 'JD',
    });

    const expiresAt = new Date(NOW + 30 * DAY_MS).toISOString();
    expect(sent).toEqual({ version: 1, keyId: bundle.key.keyId, expiresAt, revision: 2 });
    const seen = (await whatKiosksSee()) as {
      manifest: { contentVersion: number };
      content: unknown;
    };
    expect(seen.manifest.contentVersion).toBe(1);
    expect(seen.content).toEqual(contentWithPhone('(916) 555-0177'));
    const { entries } = await kiosk.invoke('readAuditLog', { token });
    expect(
      entries.slice(0, 2).map(({ action, initials, detail }) => ({ action, initials, detail })),
    ).toEqual([
      {
        action: 'bundle-published',
        initials: 'JD',
        detail: `Revision 2 sent to all kiosks as central version 1 (key ${bundle.key.keyId}), expires 2027-01-05`,
      },
      { action: 'publish', initials: 'JD', detail: expect.any(String) },
    ]);
    expect((await kiosk.invoke('adminStatus', undefined)).publisher).toEqual({
      bundleFolder: bundle.bundleDir,
      version: 1,
      expiresAt,
      keyHeld: true,
    });
    const { revisions } = await kiosk.invoke('listRevisions', { token });
    expect(revisions.map((revision) => revision.sentAs)).toEqual([
      { version: 1, keyId: bundle.key.keyId, at: new Date(NOW).toISOString() },
      undefined,
    ]);
  });

  it('numbers each send as the next version, and History keeps its labels across a restart', async () => {
    let kiosk = await open(publisherPolicy());
    const token = await signIn(kiosk);
    await publishPhone(kiosk, token, '(916) 555-0101');
    await kiosk.invoke('publishToKiosks', { token, passphrase: PASSPHRASE, initials: 'JD' });
    await publishPhone(kiosk, token, '(916) 555-0102');
    const second = await kiosk.invoke('publishToKiosks', {
      token,
      passphrase: PASSPHRASE,
      initials: 'JD',
    });
    expect(second).toMatchObject({ version: 2, revision: 3 });
    await kiosk.close();

    kiosk = await open(publisherPolicy());
    const again = (await kiosk.invoke('adminSignIn', { pin: PIN })).token;
    const { revisions } = await kiosk.invoke('listRevisions', { token: again });
    expect(revisions.map((revision) => revision.sentAs?.version)).toEqual([2, 1, undefined]);
    expect(
      JSON.parse(await readFile(join(bundle.dataDir, BUNDLE_HISTORY_FILE), 'utf8')),
    ).toHaveLength(2);
    // The key lived in the app that closed; this one must be given the passphrase again.
    expect((await kiosk.invoke('adminStatus', undefined)).publisher).toMatchObject({
      version: 2,
      keyHeld: false,
    });
  });

  it("refuses a wrong passphrase in the signer's words, writing nothing", async () => {
    const kiosk = await open(publisherPolicy());
    const token = await signIn(kiosk);
    await publishPhone(kiosk, token, '(916) 555-0177');

    const error = await refusal(
      kiosk.invoke('publishToKiosks', { token, passphrase: 'wrong horse', initials: 'JD' }),
    );

    expect(error.code).toBe('bad_request');
    expect(error.message).toBe(
      `The passphrase does not open the private key in ${bundle.key.privatePath}, or the file is not a private key made by "bundle keygen". Nothing was written.`,
    );
    await expect(bundle.read(MANIFEST_FILE)).rejects.toThrow(/ENOENT/);
    const { entries } = await kiosk.invoke('readAuditLog', { token });
    expect(entries[0]?.action).toBe('publish');
    expect((await kiosk.invoke('adminStatus', undefined)).publisher?.keyHeld).toBe(false);
  });

  it('refuses while a draft is unpublished, and an empty passphrase in words', async () => {
    const kiosk = await open(publisherPolicy());
    const token = await signIn(kiosk);
    await kiosk.invoke('saveDraft', { token, content: contentWithPhone('(916) 555-0177') });

    const error = await refusal(
      kiosk.invoke('publishToKiosks', { token, passphrase: PASSPHRASE, initials: 'JD' }),
    );
    expect([error.code, error.message]).toEqual(['bad_request', DRAFT_FIRST]);
    const empty = await refusal(
      kiosk.invoke('publishToKiosks', { token, passphrase: '', initials: 'JD' }),
    );
    expect(empty.issues.join(' ')).toMatch(/Type the key's passphrase\./);
    await expect(bundle.read(MANIFEST_FILE)).rejects.toThrow(/ENOENT/);
  });

  it('refuses a bundle folder it cannot read, in words, before anything is audited', async () => {
    const blocker = join(bundle.root, 'a-file');
    await writeFile(blocker, 'not a folder');
    const kiosk = await open(publisherPolicy({ bundleFolder: join(blocker, 'bundle') }));
    const token = await signIn(kiosk);
    await publishPhone(kiosk, token, '(916) 555-0177');

    const error = await refusal(
      kiosk.invoke('publishToKiosks', { token, passphrase: PASSPHRASE, initials: 'JD' }),
    );

    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/manifest\.json could not be read: .*Nothing was written\.$/);
    const { entries } = await kiosk.invoke('readAuditLog', { token });
    expect(entries[0]?.action).toBe('publish');
  });

  it('says so in the audit log, after the attempt, when the signing fails', async () => {
    const kiosk = await open(publisherPolicy());
    const token = await signIn(kiosk);
    await publishPhone(kiosk, token, '(916) 555-0177');
    // A folder where the content file goes: the content cannot be written, after the audit line.
    const { content } = await kiosk.invoke('getPublishedContent', undefined);
    const text = `${JSON.stringify(content, null, 2)}\n`;
    const sha256 = createHash('sha256').update(text).digest('hex');
    await mkdir(join(bundle.bundleDir, `${sha256}.json`, 'in-the-way'), { recursive: true });

    const error = await refusal(
      kiosk.invoke('publishToKiosks', { token, passphrase: PASSPHRASE, initials: 'JD' }),
    );

    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(
      /^Nothing was sent to the kiosks: Could not save .*Nothing else was written\.$/,
    );
    const { entries } = await kiosk.invoke('readAuditLog', { token });
    expect(
      entries.slice(0, 3).map(({ action, detail }) => [action, detail?.split(':')[0]]),
    ).toEqual([
      ['bundle-published', 'Sending revision 2 to all kiosks failed'],
      [
        'bundle-published',
        expect.stringMatching(/^Revision 2 sent to all kiosks as central version 1/),
      ],
      ['publish', expect.any(String)],
    ]);
    expect((await kiosk.invoke('adminStatus', undefined)).publisher?.keyHeld).toBe(false);
  });
});

describe('re-signing before the kiosks stop trusting the bundle', () => {
  it('re-signs with the key it holds, first after a minute, then every hour', async () => {
    const kiosk = await open(publisherPolicy({ expiresDays: 10 }));
    expect(timers.pending()).toEqual([FIRST_CHECK_MS]);
    const token = await signIn(kiosk);
    await publishPhone(kiosk, token, '(916) 555-0177');
    await kiosk.invoke('publishToKiosks', { token, passphrase: PASSPHRASE, initials: 'JD' });

    clock = NOW + 2 * DAY_MS;
    await checkOnce();
    expect(((await whatKiosksSee()) as { manifest: { issuedAt: string } }).manifest.issuedAt).toBe(
      new Date(NOW).toISOString(),
    );

    clock = NOW + 4 * DAY_MS;
    await checkOnce();

    const again = (await kiosk.invoke('adminSignIn', { pin: PIN })).token;
    const seen = (await whatKiosksSee()) as {
      manifest: { contentVersion: number; issuedAt: string; expiresAt: string };
    };
    expect(seen.manifest).toMatchObject({
      contentVersion: 1,
      issuedAt: new Date(clock).toISOString(),
      expiresAt: new Date(clock + 10 * DAY_MS).toISOString(),
    });
    const status = await kiosk.invoke('adminStatus', undefined);
    expect(status.publisher?.expiresAt).toBe(seen.manifest.expiresAt);
    expect(status.problems).toEqual([]);
    const { entries } = await kiosk.invoke('readAuditLog', { token: again });
    expect(
      entries
        .filter(({ action }) => action.startsWith('bundle-'))
        .map(({ action, detail }) => [action, detail]),
    ).toEqual([
      [
        'bundle-resigned',
        `Central version 1 re-signed (key ${bundle.key.keyId}) so kiosks keep trusting it, expires 2026-12-20`,
      ],
      [
        'bundle-published',
        expect.stringMatching(/^Revision 2 sent to all kiosks as central version 1/),
      ],
    ]);
  });

  it('tells staff to send again when re-signing fails, with both audit lines', async () => {
    const kiosk = await open(publisherPolicy({ expiresDays: 10 }));
    const token = await signIn(kiosk);
    await publishPhone(kiosk, token, '(916) 555-0177');
    await kiosk.invoke('publishToKiosks', { token, passphrase: PASSPHRASE, initials: 'JD' });
    const seen = (await whatKiosksSee()) as { manifest: { content: { file: string } } };
    await rm(join(bundle.bundleDir, seen.manifest.content.file));

    clock = NOW + 4 * DAY_MS;
    await checkOnce();

    const status = await kiosk.invoke('adminStatus', undefined);
    expect(status.problems).toEqual([
      "The kiosks' content expires on 2026-12-16. Send it to all kiosks again (with the key's passphrase) to renew it.",
    ]);
    const again = (await kiosk.invoke('adminSignIn', { pin: PIN })).token;
    const { entries } = await kiosk.invoke('readAuditLog', { token: again });
    expect(
      entries.filter(({ action }) => action === 'bundle-resigned').map(({ detail }) => detail),
    ).toEqual([
      expect.stringMatching(
        /^Re-signing failed: The bundle in .* does not verify, so it was not re-signed/,
      ),
      `Central version 1 re-signed (key ${bundle.key.keyId}) so kiosks keep trusting it, expires 2026-12-20`,
    ]);
  });

  it('tells staff to send again when it holds no key and the bundle expires within a week', async () => {
    await bundle.sign({ content: makeContent('Sent'), expiresDays: 10 });
    clock = NOW + 4 * DAY_MS;
    const kiosk = await open(publisherPolicy());

    await checkOnce();

    const line =
      "The kiosks' content expires on 2026-12-16. Send it to all kiosks again (with the key's passphrase) to renew it.";
    const status = await kiosk.invoke('adminStatus', undefined);
    expect(status.problems).toContain(line);
    expect(status.publisher).toMatchObject({ version: 1, keyHeld: false });
  });
});

describe('publishToKiosks on a kiosk', () => {
  it('is refused, and adminStatus has no publisher', async () => {
    const kiosk = await open();
    const token = await signIn(kiosk);

    const error = await refusal(
      kiosk.invoke('publishToKiosks', { token, passphrase: PASSPHRASE, initials: 'JD' }),
    );

    expect([error.code, error.message]).toEqual(['forbidden', NOT_PUBLISHER]);
    expect((await kiosk.invoke('adminStatus', undefined)).publisher).toBeNull();
    expect(timers.pending()).toEqual([]);
  });
});
