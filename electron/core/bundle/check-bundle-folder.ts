import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../contract/bundle-schema.ts';
import { CURRENT_SCHEMA_VERSION } from '../../contract/content-schema.ts';
import type { Now } from '../clock.ts';
import { readImport } from '../editing/read-import.ts';
import { describeFsError } from '../store/durable-fs.ts';
import { publicKeyFromText } from './keys.ts';
import { verifyContentBytes, verifyManifest, type Verdict } from './verify-bundle.ts';

/**
 * `bundle verify`: the bundle in a folder checked as a kiosk pinning that one public key would
 * check it, down to the content's schema; OK with what it holds, or exactly why not.
 */
export async function checkBundleFolder({
  bundleDir,
  publicKeyPath,
  now,
}: {
  bundleDir: string;
  publicKeyPath: string;
  now: Now;
}): Promise<Verdict<string>> {
  const keyText = await readFile(publicKeyPath, 'utf8').catch((error: unknown) => error);
  if (typeof keyText !== 'string') {
    return refuse(`Could not read the public key ${publicKeyPath}: ${describeFsError(keyText)}.`);
  }
  let key;
  try {
    key = publicKeyFromText(keyText);
  } catch (error) {
    return refuse(`${publicKeyPath}: ${(error as Error).message}`);
  }
  const read = async (name: string): Promise<Uint8Array | string> =>
    readFile(join(bundleDir, name)).catch(
      (error: unknown) => `Could not read ${join(bundleDir, name)}: ${describeFsError(error)}.`,
    );
  const manifestBytes = await read(MANIFEST_FILE);
  if (typeof manifestBytes === 'string') return refuse(manifestBytes);
  const signature = await read(SIGNATURE_FILE);
  if (typeof signature === 'string') return refuse(signature);
  const signed = verifyManifest(manifestBytes, signature, [key]);
  if (!signed.ok) return signed;
  const { manifest } = signed.value;
  const contentBytes = await read(manifest.content.file);
  if (typeof contentBytes === 'string') return refuse(contentBytes);
  const content = verifyContentBytes(manifest, contentBytes);
  if (!content.ok) return content;
  if (manifest.schemaVersion > CURRENT_SCHEMA_VERSION) {
    return refuse(
      `The content is schema version ${manifest.schemaVersion}; this app reads up to ${CURRENT_SCHEMA_VERSION}: update the app.`,
    );
  }
  const checked = readImport(Buffer.from(contentBytes).toString('utf8'));
  if (!checked.ok) {
    return refuse(
      `The content file ${manifest.content.file} is not valid content: ${checked.reasons.join(' ')}`,
    );
  }
  if (Date.parse(manifest.expiresAt) < now()) {
    return refuse(
      `The bundle expired at ${manifest.expiresAt}; kiosks refuse it a day after. Re-sign it with "bundle resign".`,
    );
  }
  return {
    ok: true,
    value: `OK: ${bundleDir} holds content version ${manifest.contentVersion} (${manifest.content.file}, ${manifest.content.size} bytes, schema version ${manifest.schemaVersion}, for app ${manifest.minAppVersion} or later), signed with key ${signed.value.keyId} at ${manifest.issuedAt}, expiring at ${manifest.expiresAt}.`,
  };
}

function refuse(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
