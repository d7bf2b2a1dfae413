import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_FILE } from '../../../electron/contract/bundle-schema.ts';
import type { Manifest } from '../../../electron/contract/bundle-schema.ts';
import { writeBundleKeys, type WrittenKeys } from '../../../electron/core/bundle/keygen.ts';
import { signBundle } from '../../../electron/core/bundle/sign-bundle.ts';
import { DEFAULT_CONTENT_PATH } from '../../../electron/host/repo-paths.ts';

/** The passphrase of every test key, as staff type it on the publishing PC. */
export const PASSPHRASE = 'lobby bundle test passphrase';
const APP_VERSION = '0.1.0';
const DAY_MS = 24 * 60 * 60_000;

/** A key pair made as `bundle keygen` makes it, in `dir`. */
export const makeKey = (dir: string): Promise<WrittenKeys> =>
  writeBundleKeys({ outDir: dir, passphrase: PASSPHRASE });

/**
 * The bundled default content with the Certificates Unit's number changed to `phone`. Its idle
 * timeout is the longest staff may set, so no visitor screen resets while the test looks at it.
 */
export async function contentWithPhone(phone: string): Promise<string> {
  const content = JSON.parse(await readFile(DEFAULT_CONTENT_PATH, 'utf8'));
  content.programs[0].units[0].phone = phone;
  content.kiosk.idleTimeoutSeconds = 600;
  return JSON.stringify(content);
}

export interface SignOptions {
  /** When it was signed; now without it. */
  issuedDaysAgo?: number;
  expiresDays?: number;
}

/** `bundle sign` into `dir`: the next content version, signed with `key`. */
export async function signPhone(
  dir: string,
  key: WrittenKeys,
  phone: string,
  { issuedDaysAgo = 0, expiresDays = 30 }: SignOptions = {},
): Promise<Manifest> {
  const { manifest } = await signBundle({
    contentText: await contentWithPhone(phone),
    keyPath: key.privatePath,
    passphrase: PASSPHRASE,
    outDir: dir,
    expiresDays,
    now: () => Date.now() - issuedDaysAgo * DAY_MS,
    appVersion: APP_VERSION,
  });
  return manifest;
}

/** A copy of a bundle folder, to be changed before it is served whole. */
export async function copyBundle(from: string, to: string): Promise<string> {
  await cp(from, to, { recursive: true });
  return to;
}

const readManifest = async (dir: string): Promise<Manifest> =>
  JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as Manifest;

/** One digit of the content file changed after signing: same size, another hash. */
export async function tamperContent(dir: string, phone: string, replacement: string) {
  const path = join(dir, (await readManifest(dir)).content.file);
  const text = await readFile(path, 'utf8');
  if (!text.includes(phone) || phone.length !== replacement.length) {
    throw new Error(`The content file does not hold ${phone} to change.`);
  }
  await writeFile(path, text.replace(phone, replacement));
}

/** The manifest changed after signing (a later expiry), its signature left as it was. */
export async function tamperManifest(dir: string) {
  const path = join(dir, MANIFEST_FILE);
  const manifest = await readManifest(dir);
  const later = new Date(Date.parse(manifest.expiresAt) + 365 * DAY_MS).toISOString();
  await writeFile(path, (await readFile(path, 'utf8')).replace(manifest.expiresAt, later));
}
