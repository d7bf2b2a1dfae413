import { createHash, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import semver from 'semver';
import {
  BUNDLE_FORMAT,
  MANIFEST_FILE,
  MAX_CONTENT_BYTES,
  SIGNATURE_FILE,
  type Manifest,
} from '../../contract/bundle-schema.ts';
import { CURRENT_SCHEMA_VERSION } from '../../contract/content-schema.ts';
import type { Now } from '../clock.ts';
import { readImport } from '../editing/read-import.ts';
import { describeFsError, nodeDurableFs } from '../store/durable-fs.ts';
import { writeFileDurably } from '../store/write-durably.ts';
import { BundleError } from './bundle-error.ts';
import {
  ensureFolder,
  pruneContentFiles,
  readCurrentManifest,
  writeManifestPair,
} from './bundle-folder.ts';
import { keyIdOf, privateKeyFromPem, publicKeyFromText } from './keys.ts';
import { verifyContentBytes, verifyManifest } from './verify-bundle.ts';

export const DEFAULT_EXPIRES_DAYS = 30;
export const MAX_EXPIRES_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The key file and its passphrase, or a key opened already: the publishing PC keeps the key it
 * last signed with in memory (never on disk), to re-sign before the bundle expires.
 */
type KeySource =
  | { keyPath: string; passphrase: string; key?: never }
  | { key: KeyObject; keyPath?: never; passphrase?: never };

type SigningKeyOptions = KeySource & {
  outDir: string;
  /** 1 to 365. */
  expiresDays: number;
  now: Now;
  platform?: NodeJS.Platform;
};

export type SignBundleOptions = SigningKeyOptions & {
  /** The lowest app version that can show this content, e.g. "0.1.0". */
  appVersion: string;
  /**
   * The folder's manifest as the caller read it to name the next version first (the publishing
   * PC's audit line); read here when absent.
   */
  previous?: Manifest | null;
} & ({ contentPath: string; contentText?: never } | { contentText: string; contentPath?: never });

export interface SignedBundle {
  manifest: Manifest;
  /** Content files removed beyond the newest KEPT_CONTENT_FILES. */
  removed: string[];
}

/**
 * `bundle sign`: checks the content as the kiosk's import would (nothing is written when it
 * fails), then writes it under its SHA-256, then the manifest for the next version and its
 * signature (see writeManifestPair), then drops content files beyond the newest five.
 */
export async function signBundle(options: SignBundleOptions): Promise<SignedBundle> {
  const contentText = await readContent(options);
  checkExpiry(options.expiresDays);
  if (semver.valid(options.appVersion) === null) {
    throw new BundleError(
      `"${options.appVersion}" is not an app version like 0.1.0, so kiosks could not compare it. Nothing was written.`,
    );
  }
  const key = await openKey(options);
  const previous =
    options.previous === undefined ? await readCurrentManifest(options.outDir) : options.previous;
  const bytes = Buffer.from(contentText, 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const file = `${sha256}.json`;
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    contentVersion: (previous?.contentVersion ?? 0) + 1,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    minAppVersion: options.appVersion,
    ...timesFrom(options),
    content: { file, sha256, size: bytes.length },
    keyId: keyIdOf(key),
  };
  await ensureFolder(options.outDir);
  try {
    await writeFileDurably(
      nodeDurableFs,
      join(options.outDir, file),
      contentText,
      options.platform ?? process.platform,
    );
  } catch (error) {
    throw new BundleError(`${(error as Error).message} Nothing else was written.`);
  }
  await writeSigned(options, manifest, key);
  return { manifest, removed: await pruneContentFiles(options.outDir, file) };
}

/**
 * `bundle resign`: the current content again, same version and hash, with new issue and expiry
 * times, so kiosks take it as a refresh. Refused when there is no bundle, when the key is not
 * the one that signed it, or when the bundle no longer verifies with it.
 */
export async function resignBundle(options: SigningKeyOptions): Promise<Manifest> {
  checkExpiry(options.expiresDays);
  const key = await openKey(options);
  const current = await readCurrentManifest(options.outDir);
  if (current === null) {
    throw new BundleError(
      `There is no bundle in ${options.outDir} to re-sign (no manifest.json). Sign content there first with "bundle sign".`,
    );
  }
  const keyId = keyIdOf(key);
  if (current.keyId !== keyId) {
    throw new BundleError(
      `The bundle in ${options.outDir} was signed with key ${current.keyId}; this key is ${keyId}. Re-sign with that key, or sign the content again with this one ("bundle sign", a new version). Nothing was written.`,
    );
  }
  await checkStillVerifies(options.outDir, current, key);
  const manifest: Manifest = { ...current, ...timesFrom(options) };
  await writeSigned(options, manifest, key);
  return manifest;
}

async function readContent(options: SignBundleOptions): Promise<string> {
  let text: string;
  if (options.contentText !== undefined) text = options.contentText;
  else {
    try {
      text = await readFile(options.contentPath, 'utf8');
    } catch (error) {
      throw new BundleError(
        `Could not read ${options.contentPath}: ${describeFsError(error)}. Nothing was written.`,
      );
    }
  }
  const result = readImport(text);
  const what = options.contentPath ?? 'The content';
  if (!result.ok) {
    const reasons = result.reasons.map((reason) => `  - ${reason}`);
    throw new BundleError(
      [`${what} is not valid content, so nothing was signed or written:`, ...reasons].join('\n'),
    );
  }
  // What kiosks receive is the content brought up to this app's schema, as an import would.
  const signed = `${JSON.stringify(result.content, null, 2)}\n`;
  if (Buffer.byteLength(signed) > MAX_CONTENT_BYTES) {
    throw new BundleError(`${what} is larger than kiosks accept. Nothing was written.`);
  }
  return signed;
}

function checkExpiry(days: number): void {
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXPIRES_DAYS) {
    throw new BundleError(
      `The expiry must be a whole number of days from 1 to ${MAX_EXPIRES_DAYS}. Nothing was written.`,
    );
  }
}

function timesFrom({ now, expiresDays }: SigningKeyOptions) {
  const issued = now();
  return {
    issuedAt: new Date(issued).toISOString(),
    expiresAt: new Date(issued + expiresDays * DAY_MS).toISOString(),
  };
}

async function openKey({ keyPath, passphrase, key }: SigningKeyOptions): Promise<KeyObject> {
  if (key !== undefined) return key;
  let pem: string;
  try {
    pem = await readFile(keyPath, 'utf8');
  } catch (error) {
    throw new BundleError(
      `Could not read the private key ${keyPath}: ${describeFsError(error)}. Nothing was written.`,
    );
  }
  try {
    return privateKeyFromPem(pem, passphrase, keyPath);
  } catch (error) {
    throw new BundleError((error as Error).message);
  }
}

async function writeSigned(
  { outDir, platform = process.platform }: SigningKeyOptions,
  manifest: Manifest,
  key: KeyObject,
): Promise<void> {
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  await writeManifestPair(outDir, text, sign(null, Buffer.from(text, 'utf8'), key), platform);
}

async function checkStillVerifies(dir: string, current: Manifest, key: KeyObject): Promise<void> {
  const pinned = publicKeyFromText(
    String(createPublicKey(key).export({ format: 'pem', type: 'spki' })),
  );
  const read = (name: string) => readFile(join(dir, name)).catch(() => new Uint8Array());
  const signed = verifyManifest(await read(MANIFEST_FILE), await read(SIGNATURE_FILE), [pinned]);
  const content = signed.ok
    ? verifyContentBytes(current, await read(current.content.file))
    : signed;
  if (!content.ok) {
    throw new BundleError(
      `The bundle in ${dir} does not verify, so it was not re-signed: ${content.reason} Sign the content again with "bundle sign".`,
    );
  }
}
