import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../contract/content-schema.ts';
import { makeContent } from '../test-support/make-content.ts';
import { generateBundleKeys, publicKeyFromText, type PinnedKey } from './keys.ts';
import { resignBundle, signBundle } from './sign-bundle.ts';
import { verifyContentBytes, verifyManifest } from './verify-bundle.ts';

const PASSPHRASE = 'correct horse battery';
const NOW = Date.UTC(2026, 11, 6, 17, 0);

let dir: string;
let out: string;
let keyPath: string;
let pinned: PinnedKey;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sign-bundle-'));
  out = join(dir, 'bundle');
  const keys = await generateBundleKeys(PASSPHRASE);
  keyPath = join(dir, 'signing.key.pem');
  await writeFile(keyPath, keys.privatePem);
  pinned = publicKeyFromText(keys.publicPem);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sign = (label: string, more: Partial<Parameters<typeof signBundle>[0]> = {}) =>
  signBundle({
    contentText: JSON.stringify(makeContent(label)),
    keyPath,
    passphrase: PASSPHRASE,
    outDir: out,
    expiresDays: 30,
    now: () => NOW,
    appVersion: '0.1.0',
    ...more,
  } as Parameters<typeof signBundle>[0]);

/** The folder as a kiosk pinning this key reads it. */
async function readBundle(keys = [pinned]) {
  const signed = verifyManifest(
    await readFile(join(out, 'manifest.json')),
    await readFile(join(out, 'manifest.sig')),
    keys,
  );
  if (!signed.ok) throw new Error(signed.reason);
  const { manifest } = signed.value;
  const content = verifyContentBytes(manifest, await readFile(join(out, manifest.content.file)));
  if (!content.ok) throw new Error(content.reason);
  return { manifest, content: content.value as ReturnType<typeof makeContent> };
}

describe('signBundle', () => {
  it('writes content under its SHA-256 and a signed manifest for version 1 that a kiosk accepts', async () => {
    const { manifest, removed } = await sign('First');
    expect(removed).toEqual([]);
    expect(manifest).toEqual({
      format: 1,
      contentVersion: 1,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      minAppVersion: '0.1.0',
      issuedAt: '2026-12-06T17:00:00.000Z',
      expiresAt: '2027-01-05T17:00:00.000Z',
      content: {
        file: `${manifest.content.sha256}.json`,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        size: expect.any(Number),
      },
      keyId: pinned.keyId,
    });
    const read = await readBundle();
    expect(read.manifest).toEqual(manifest);
    expect(read.content.bureau.name.en).toBe('First Bureau');
    expect((await readdir(out)).sort()).toEqual(
      [manifest.content.file, 'manifest.json', 'manifest.sig'].sort(),
    );
  });

  it('raises the version by one each time and keeps the newest five content files', async () => {
    const files: string[] = [];
    for (let n = 1; n <= 7; n += 1) {
      const { manifest } = await sign(`Version ${n}`);
      expect(manifest.contentVersion).toBe(n);
      files.push(manifest.content.file);
    }
    const kept = (await readdir(out)).filter(
      (name) => name.endsWith('.json') && name !== 'manifest.json',
    );
    expect(kept.sort()).toEqual(files.slice(2).sort());
    expect((await readBundle()).content.bureau.name.en).toBe('Version 7 Bureau');
  });

  it('takes a file path, and --min-app-version style appVersion as given', async () => {
    const file = join(dir, 'content.json');
    await writeFile(file, JSON.stringify(makeContent('From file')));
    const { manifest } = await signBundle({
      contentPath: file,
      keyPath,
      passphrase: PASSPHRASE,
      outDir: out,
      expiresDays: 1,
      now: () => NOW,
      appVersion: '2.0.0-beta.1',
    });
    expect(manifest).toMatchObject({
      minAppVersion: '2.0.0-beta.1',
      expiresAt: '2026-12-07T17:00:00.000Z',
    });
  });

  it('refuses content that fails the import checks, in words, writing nothing', async () => {
    const broken = { ...makeContent(), programs: [] as unknown[], mystery: 1 };
    await expect(sign('x', { contentText: JSON.stringify(broken) })).rejects.toThrow(
      /^The content is not valid content, so nothing was signed or written:\n {2}- /,
    );
    await expect(sign('x', { contentText: '{"schemaVersion": 99}' })).rejects.toThrow(/newer/);
    await expect(readdir(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a wrong passphrase, a bad expiry or app version, writing nothing', async () => {
    await expect(sign('x', { passphrase: 'not the passphrase' })).rejects.toThrow(
      `The passphrase does not open the private key in ${keyPath}`,
    );
    await expect(sign('x', { expiresDays: 0 })).rejects.toThrow('from 1 to 365');
    await expect(sign('x', { expiresDays: 366 })).rejects.toThrow('from 1 to 365');
    await expect(sign('x', { appVersion: 'unknown' })).rejects.toThrow(
      '"unknown" is not an app version',
    );
    await expect(readdir(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses to go on from a manifest it cannot read, leaving it as it was', async () => {
    await sign('First');
    const damaged = '{"format": 1, "contentVers';
    await writeFile(join(out, 'manifest.json'), damaged);
    const before = (await readdir(out)).sort();
    await expect(sign('Second')).rejects.toThrow(
      `${join(out, 'manifest.json')} cannot be read (it is not valid JSON), so the next content version is unknown. Nothing was written.`,
    );
    expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(damaged);
    expect((await readdir(out)).sort()).toEqual(before);
  });
});

describe('resignBundle', () => {
  const resign = (more: { keyPath?: string } = {}) =>
    resignBundle({
      keyPath,
      passphrase: PASSPHRASE,
      outDir: out,
      expiresDays: 60,
      now: () => NOW + 86_400_000,
      ...more,
    });

  it('keeps version, hash and file, with new issue and expiry times', async () => {
    const { manifest: first } = await sign('Once');
    const renewed = await resign();
    expect(renewed).toEqual({
      ...first,
      issuedAt: '2026-12-07T17:00:00.000Z',
      expiresAt: '2027-02-05T17:00:00.000Z',
    });
    expect((await readBundle()).manifest).toEqual(renewed);
  });

  it('refuses when there is no bundle, or the key is not the one that signed it', async () => {
    await expect(resign()).rejects.toThrow(`There is no bundle in ${out} to re-sign`);
    await sign('Once');
    const other = await generateBundleKeys(PASSPHRASE);
    const otherPath = join(dir, 'other.key.pem');
    await writeFile(otherPath, other.privatePem);
    const before = await readFile(join(out, 'manifest.sig'));
    await expect(resign({ keyPath: otherPath })).rejects.toThrow(
      `was signed with key ${pinned.keyId}; this key is ${other.keyId}.`,
    );
    expect(await readFile(join(out, 'manifest.sig'))).toEqual(before);
  });

  it('refuses to re-sign a bundle whose content file was changed', async () => {
    const { manifest } = await sign('Once');
    const file = join(out, manifest.content.file);
    await writeFile(file, (await readFile(file, 'utf8')).replace('Once', 'Onc3'));
    await expect(resign()).rejects.toThrow(
      `The bundle in ${out} does not verify, so it was not re-signed: The content file ${manifest.content.file} does not have the SHA-256`,
    );
  });
});
