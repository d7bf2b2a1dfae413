import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../contract/content-schema.ts';
import { publicKeyFromText, type PinnedKey } from '../bundle/keys.ts';
import type { CheckedContent } from '../content/checked-content.ts';
import { openBundleSource, type BundleSource } from './bundle-source.ts';
import type { CentralState } from './central-state.ts';
import { checkBundle, type CheckBundleInput, type CheckOutcome } from './check-bundle.ts';
import {
  contentWithPhone,
  createBundleFixture,
  daysAgo,
  type BundleFixture,
} from './test-support/bundle-fixture.ts';

const NOW = Date.parse('2026-12-06T12:00:00.000Z');

let fixture: BundleFixture;
let keys: PinnedKey[];
let apply: ReturnType<typeof vi.fn<CheckBundleInput['apply']>>;

beforeEach(async () => {
  fixture = await createBundleFixture(NOW);
  keys = [publicKeyFromText(fixture.key.publicText)];
  apply = vi.fn<CheckBundleInput['apply']>(async () => ({ keptLocal: false }));
});

afterEach(() => fixture.remove());

function check(
  applied: CentralState | null = null,
  overrides: Partial<CheckBundleInput> = {},
): Promise<CheckOutcome> {
  return checkBundle({
    source: openBundleSource({ location: fixture.bundleDir, fetch }),
    keys,
    applied,
    conditional: false,
    localEditing: 'announcements-and-hours',
    now: NOW,
    appVersion: '0.1.0',
    apply,
    ...overrides,
  });
}

async function appliedState(): Promise<CentralState> {
  const outcome = await check();
  if (outcome.kind !== 'applied') throw new Error(`not applied: ${JSON.stringify(outcome)}`);
  apply.mockClear();
  return outcome.state;
}

function reasonOf(outcome: CheckOutcome): string {
  if (outcome.kind !== 'refused' && outcome.kind !== 'failed') {
    throw new Error(`expected a refusal, got ${outcome.kind}`);
  }
  return outcome.reason;
}

describe('checkBundle', () => {
  it('applies a signed bundle as its version, signed with its key', async () => {
    const manifest = await fixture.sign({ content: contentWithPhone('(916) 555-0199') });
    const outcome = await check();
    expect(outcome).toEqual({
      kind: 'applied',
      state: {
        version: 1,
        sha256: manifest.content.sha256,
        keyId: fixture.key.keyId,
        expiresAt: manifest.expiresAt,
        appliedAt: new Date(NOW).toISOString(),
        localEditing: 'announcements-and-hours',
      },
    });
    expect(apply).toHaveBeenCalledTimes(1);
    const [content, from] = apply.mock.calls[0] as [CheckedContent, unknown];
    expect(content.programs[0]?.units[0]?.phone).toBe('(916) 555-0199');
    expect(Object.isFrozen(content)).toBe(true);
    expect(from).toEqual({ version: 1, keyId: fixture.key.keyId });
  });

  it('refuses a manifest changed after signing, before parsing it, and keeps it', async () => {
    await fixture.sign();
    const text = (await fixture.read('manifest.json')).toString('utf8');
    await fixture.write(
      'manifest.json',
      text.replace('"contentVersion": 1', '"contentVersion": 9'),
    );
    const outcome = await check();
    expect(reasonOf(outcome)).toMatch(/signature in manifest\.sig does not match manifest\.json/);
    expect(outcome.kind === 'refused' && outcome.evidence.manifest?.toString()).toContain(
      '"contentVersion": 9',
    );
    expect(apply).not.toHaveBeenCalled();
  });

  it('reads the manifest again once when the signature fails (the signer renames sig first)', async () => {
    await fixture.sign();
    const good = await openBundleSource({ location: fixture.bundleDir, fetch }).readManifest(false);
    const source: BundleSource = {
      location: fixture.bundleDir,
      readManifest: vi
        .fn<BundleSource['readManifest']>()
        .mockResolvedValueOnce({
          ok: true,
          value: {
            manifest: new TextEncoder().encode('{"old": true}'),
            signature: new Uint8Array(64),
          },
        })
        .mockResolvedValueOnce(good),
      readContent: (file, size) =>
        openBundleSource({ location: fixture.bundleDir, fetch }).readContent(file, size),
    };
    expect((await check(null, { source })).kind).toBe('applied');
    expect(source.readManifest).toHaveBeenCalledTimes(2);
  });

  it('refuses a bundle signed with a key the kiosk does not pin', async () => {
    await fixture.sign({ key: await fixture.newKey() });
    expect(reasonOf(await check())).toContain(`for the pinned key ${fixture.key.keyId}`);
    expect(apply).not.toHaveBeenCalled();
  });

  it('accepts either of two pinned keys (rotation)', async () => {
    const next = await fixture.newKey();
    await fixture.sign({ key: next });
    keys = [keys[0] as PinnedKey, publicKeyFromText(next.publicText)];
    const outcome = await check();
    expect(outcome.kind === 'applied' && outcome.state.keyId).toBe(next.keyId);
  });

  it('refuses a replayed older version', async () => {
    await fixture.sign();
    const first = await fixture.snapshot();
    await fixture.sign({ content: contentWithPhone('(916) 555-0199') });
    const applied = await appliedState();
    expect(applied.version).toBe(2);
    await first.restore();
    expect(reasonOf(await check(applied))).toBe(
      'Version 1 is older than version 2, which this kiosk has already applied (a replayed bundle?).',
    );
    expect(apply).not.toHaveBeenCalled();
  });

  it('takes the applied version again as current, without fetching or applying its content', async () => {
    await fixture.sign();
    const applied = await appliedState();
    const outcome = await check(applied);
    expect(outcome).toEqual({ kind: 'current', state: applied });
    expect(apply).not.toHaveBeenCalled();
  });

  it('applies the applied version again under a new localEditing mode, and records the mode', async () => {
    await fixture.sign();
    const applied = await appliedState();
    const outcome = await check(applied, { localEditing: 'none' });
    expect(outcome).toMatchObject({ kind: 'applied', state: { version: 1, localEditing: 'none' } });
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('takes a record from before modes as applied under "none"', async () => {
    await fixture.sign();
    const before: CentralState = { ...(await appliedState()) };
    delete before.localEditing;
    expect((await check(before, { localEditing: 'none' })).kind).toBe('current');
    expect((await check(before)).kind).toBe('applied');
  });

  it("records a version kept from visitors by staff's edits (mode all)", async () => {
    apply.mockResolvedValue({ keptLocal: true });
    await fixture.sign();
    const outcome = await check(null, { localEditing: 'all' });
    expect(outcome).toMatchObject({ kind: 'applied', state: { version: 1, keptLocal: true } });
  });

  it('keeps the later expiry of a re-signed bundle (a refresh)', async () => {
    await fixture.sign({ now: daysAgo(NOW, 10), expiresDays: 30 });
    const applied = await appliedState();
    const renewed = await fixture.resign({ now: NOW, expiresDays: 60 });
    const outcome = await check(applied);
    expect(outcome).toEqual({
      kind: 'current',
      state: { ...applied, expiresAt: renewed.expiresAt },
    });
    expect(renewed.expiresAt > applied.expiresAt).toBe(true);
    expect(apply).not.toHaveBeenCalled();
  });

  it('keeps the applied expiry when the same version comes with an earlier one', async () => {
    await fixture.sign({ now: NOW, expiresDays: 30 });
    const applied = await appliedState();
    await fixture.resign({ now: NOW, expiresDays: 10 });
    expect(await check(applied)).toEqual({ kind: 'current', state: applied });
  });

  it('refuses the applied version number with other content', async () => {
    await fixture.sign();
    const applied = await appliedState();
    const other = { ...applied, sha256: 'f'.repeat(64) };
    expect(reasonOf(await check(other))).toBe(
      'Version 1 was already applied with other content; changed content must be signed as a new version.',
    );
  });

  it('refuses an expired manifest, allowing a day of clock skew', async () => {
    await fixture.sign({ now: daysAgo(NOW, 31.5), expiresDays: 30 });
    expect(reasonOf(await check())).toMatch(
      /^The bundle expired on 2026-12-05; IT needs to re-sign it/,
    );
    expect(apply).not.toHaveBeenCalled();
    await fixture.sign({ now: daysAgo(NOW, 30.5), expiresDays: 30 });
    expect((await check()).kind).toBe('applied');
  });

  it('refuses content that needs a newer app, saying "update the app"', async () => {
    await fixture.sign({ appVersion: '0.2.0' });
    expect(reasonOf(await check())).toBe(
      'This content needs a newer kiosk app (0.2.0 or later): update the app.',
    );
    expect((await check(null, { appVersion: '0.2.0' })).kind).toBe('applied');
  });

  it('refuses a content schema newer than this app reads', async () => {
    await fixture.sign();
    await fixture.rewriteManifest((text) =>
      text.replace(
        `"schemaVersion": ${CURRENT_SCHEMA_VERSION}`,
        `"schemaVersion": ${CURRENT_SCHEMA_VERSION + 1}`,
      ),
    );
    expect(reasonOf(await check())).toBe(
      `This content is in a newer format (schema ${CURRENT_SCHEMA_VERSION + 1}) than this kiosk app reads (up to ${CURRENT_SCHEMA_VERSION}): update the app.`,
    );
    expect(apply).not.toHaveBeenCalled();
  });

  it('refuses a minAppVersion that is not a version', async () => {
    await fixture.sign();
    await fixture.rewriteManifest((text) =>
      text.replace('"minAppVersion": "0.1.0"', '"minAppVersion": "soon"'),
    );
    expect(reasonOf(await check())).toBe(
      'The manifest\'s minAppVersion "soon" is not a version like 0.1.0.',
    );
  });

  it('refuses signed content that fails the content rules', async () => {
    const manifest = await fixture.sign();
    const text = (await fixture.read(manifest.content.file)).toString('utf8');
    const broken = text.replace('"(916) 555-0100"', '"call us"');
    const { createHash } = await import('node:crypto');
    const sha256 = createHash('sha256').update(broken).digest('hex');
    await fixture.write(`${sha256}.json`, broken);
    await fixture.rewriteManifest((manifestText) =>
      manifestText
        .replaceAll(manifest.content.sha256, sha256)
        .replace(`"size": ${manifest.content.size}`, `"size": ${Buffer.byteLength(broken)}`),
    );
    const outcome = await check();
    expect(reasonOf(outcome)).toMatch(
      /^The content file does not pass the kiosk's content rules: programs\.0\.units\.0\.phone: /,
    );
    expect(outcome.kind).toBe('refused');
    expect(apply).not.toHaveBeenCalled();
  });

  it('refuses a content file changed after signing, and keeps its bytes', async () => {
    const manifest = await fixture.sign();
    const text = (await fixture.read(manifest.content.file)).toString('utf8');
    await fixture.write(manifest.content.file, text.replace('555-0100', '555-0666'));
    const outcome = await check();
    expect(reasonOf(outcome)).toMatch(/does not have the SHA-256 the manifest names/);
    expect(outcome.kind === 'refused' && outcome.evidence.content?.toString()).toContain(
      '555-0666',
    );
    expect(apply).not.toHaveBeenCalled();
  });

  it('refuses a truncated content file', async () => {
    const manifest = await fixture.sign();
    const bytes = await fixture.read(manifest.content.file);
    await fixture.write(manifest.content.file, bytes.subarray(0, 100));
    const outcome = await check();
    expect(reasonOf(outcome)).toMatch(
      /is 100 bytes but the manifest says \d+: the download was cut short/,
    );
    expect(outcome.kind === 'refused' && outcome.evidence.content?.length).toBe(100);
  });

  it('refuses a content file the manifest names but the folder lacks', async () => {
    const manifest = await fixture.sign();
    const { rm } = await import('node:fs/promises');
    await rm(`${fixture.bundleDir}/${manifest.content.file}`);
    const outcome = await check();
    expect(outcome.kind).toBe('refused');
    expect(reasonOf(outcome)).toContain(`${manifest.content.file} was not found`);
  });

  it('says the folder cannot be reached when it has no manifest, and keeps nothing', async () => {
    const outcome = await check();
    expect(outcome.kind).toBe('failed');
    expect(reasonOf(outcome)).toContain('manifest.json was not found in the bundle folder');
  });

  it('says why content that passed every check could not be applied', async () => {
    await fixture.sign();
    apply.mockRejectedValueOnce(new Error('The disk is full.'));
    expect(await check()).toEqual({
      kind: 'failed',
      reason: 'Version 1 passed every check but could not be applied: The disk is full.',
    });
  });

  it('answers unchanged when the source says the manifest did not change', async () => {
    const source: BundleSource = {
      location: 'https://example.test/',
      readManifest: async () => ({ ok: true, value: 'unchanged' }),
      readContent: () => Promise.reject(new Error('not asked')),
    };
    expect(await check(null, { source, conditional: true })).toEqual({ kind: 'unchanged' });
  });
});
