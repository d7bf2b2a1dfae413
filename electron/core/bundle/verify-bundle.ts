import { createHash, verify } from 'node:crypto';
import {
  Manifest,
  MANIFEST_FILE,
  MAX_CONTENT_BYTES,
  MAX_MANIFEST_BYTES,
  SIGNATURE_FILE,
} from '../../contract/bundle-schema.ts';
import type { PinnedKey } from './keys.ts';

/** reason: one plain sentence for staff and IT. */
export type Verdict<T> = { ok: true; value: T } | { ok: false; reason: string };

const SIGNATURE_BYTES = 64;

/**
 * Checks a manifest as a kiosk must: sizes first, then the signature against every pinned key
 * on the raw bytes, BEFORE anything is parsed (nobody unsigned gets to feed the JSON parser),
 * then JSON and the schema, and the manifest must name the key that signed it.
 */
export function verifyManifest(
  manifestBytes: Uint8Array,
  signature: Uint8Array,
  keys: readonly PinnedKey[],
): Verdict<{ manifest: Manifest; keyId: string }> {
  if (keys.length === 0) return refuse('No public key is pinned, so nothing can be trusted.');
  if (manifestBytes.length === 0) return refuse(`${MANIFEST_FILE} is empty.`);
  if (manifestBytes.length > MAX_MANIFEST_BYTES) {
    return refuse(
      `${MANIFEST_FILE} is ${manifestBytes.length} bytes, more than the ${MAX_MANIFEST_BYTES} a manifest may have.`,
    );
  }
  if (signature.length !== SIGNATURE_BYTES) {
    return refuse(
      `${SIGNATURE_FILE} is ${signature.length} bytes; an Ed25519 signature is ${SIGNATURE_BYTES}.`,
    );
  }
  const signer = keys.find(({ key }) => verify(null, manifestBytes, key, signature));
  if (signer === undefined) {
    const ids = keys.map(({ keyId }) => keyId).join(' or ');
    return refuse(
      `The signature in ${SIGNATURE_FILE} does not match ${MANIFEST_FILE} for the pinned key ${ids}: the bundle was changed after signing, or signed with another key.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes));
  } catch {
    return refuse(`${MANIFEST_FILE} is signed but is not valid JSON text.`);
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return refuse(`${MANIFEST_FILE} is signed but not a valid manifest: ${issue?.message ?? ''}`);
  }
  if (parsed.data.keyId !== signer.keyId) {
    return refuse(
      `${MANIFEST_FILE} names key ${parsed.data.keyId} but was signed with key ${signer.keyId}.`,
    );
  }
  return { ok: true, value: { manifest: parsed.data, keyId: signer.keyId } };
}

/**
 * Checks a content file against the manifest that names it: size, then SHA-256, then JSON.
 * Its schema is the caller's to check (migrations, then the content rules).
 */
export function verifyContentBytes(manifest: Manifest, bytes: Uint8Array): Verdict<unknown> {
  const { file, size, sha256 } = manifest.content;
  if (bytes.length > MAX_CONTENT_BYTES) {
    return refuse(
      `The content file ${file} is ${bytes.length} bytes, more than the ${MAX_CONTENT_BYTES} content may have.`,
    );
  }
  if (bytes.length !== size) {
    return refuse(
      `The content file ${file} is ${bytes.length} bytes but the manifest says ${size}: the download was cut short or the file was changed.`,
    );
  }
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
    return refuse(
      `The content file ${file} does not have the SHA-256 the manifest names: it was changed or damaged.`,
    );
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return refuse(`The content file ${file} matches its hash but is not valid JSON text.`);
  }
}

function refuse(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
