/**
 * The signed content bundle a bureau publishes for its kiosks (issue 20): a folder IT serves
 * holding content files named by their SHA-256, `manifest.json` naming the current one, and
 * `manifest.sig`, a detached Ed25519 signature over the manifest's exact bytes.
 */
import { z } from 'zod';

export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';
/** Older content files are kept, so a kiosk that read the previous manifest never meets a 404. */
export const KEPT_CONTENT_FILES = 5;
export const BUNDLE_FORMAT = 1;
export const MAX_MANIFEST_BYTES = 16_384;
export const MAX_CONTENT_BYTES = 5_000_000;

const SHA256_HEX = /^[0-9a-f]{64}$/;
const CONTENT_FILE_NAME = /^[0-9a-f]{64}\.json$/;

/** The first 16 hex digits of the SHA-256 of the raw 32-byte public key. */
export const KeyId = z
  .string({ error: 'The key id must be text, e.g. "1a2b3c4d5e6f7a8b".' })
  .regex(/^[0-9a-f]{16}$/, {
    error: 'The key id must be 16 lower-case hex digits, e.g. "1a2b3c4d5e6f7a8b".',
  });

const isoTime = (what: string) =>
  z.iso.datetime({ error: `${what} must be a time like "2026-12-06T17:00:00.000Z".` });

export const ManifestContent = z.strictObject(
  {
    file: z
      .string({ error: 'content.file must be the content file name, in quotes.' })
      .regex(CONTENT_FILE_NAME, {
        error: 'content.file must be the content\'s SHA-256 in hex followed by ".json".',
      }),
    sha256: z
      .string({ error: 'content.sha256 must be text in quotes.' })
      .regex(SHA256_HEX, { error: 'content.sha256 must be 64 lower-case hex digits.' }),
    size: z
      .number({ error: 'content.size must be a number of bytes.' })
      .int({ error: 'content.size must be a whole number of bytes.' })
      .min(1, { error: 'content.size must be at least 1 byte.' }),
  },
  { error: 'content must hold only file, sha256 and size.' },
);

export const Manifest = z.strictObject(
  {
    format: z.literal(BUNDLE_FORMAT, {
      error: `format must be ${BUNDLE_FORMAT}; this bundle was made by another kind of signer.`,
    }),
    contentVersion: z
      .number({ error: 'contentVersion must be a number.' })
      .int({ error: 'contentVersion must be a whole number.' })
      .positive({ error: 'contentVersion must be 1 or more.' }),
    schemaVersion: z
      .number({ error: 'schemaVersion must be a number.' })
      .int({ error: 'schemaVersion must be a whole number.' })
      .positive({ error: 'schemaVersion must be 1 or more.' }),
    minAppVersion: z.string({ error: 'minAppVersion must be an app version like "0.1.0".' }),
    issuedAt: isoTime('issuedAt'),
    expiresAt: isoTime('expiresAt'),
    content: ManifestContent,
    keyId: KeyId,
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `The manifest has fields a kiosk does not know: ${issue.keys.join(', ')}.`
        : 'The manifest must be a JSON object.',
  },
);
export type Manifest = z.output<typeof Manifest>;

/** Policy form of a public key: base64 of the SPKI DER (the PEM's body on one line, "MCowBQYDK2VwAyEA..."). */
export const PublicKeyText = z
  .string({ error: 'A public key must be text in quotes, the line "bundle keygen" printed.' })
  .regex(/^MCowBQYDK2VwAyEA[A-Za-z0-9+/]{43}=$/, {
    error:
      'A public key must be the one line "bundle keygen" printed: 60 characters starting with "MCowBQYDK2VwAyEA" and ending with "=".',
  });
