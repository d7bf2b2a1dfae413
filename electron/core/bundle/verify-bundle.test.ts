import { createHash, createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  MAX_CONTENT_BYTES,
  MAX_MANIFEST_BYTES,
  type Manifest,
} from '../../contract/bundle-schema.ts';
import { keyIdOf, publicKeyFromText, type PinnedKey } from './keys.ts';
import { pkcs8DerOf, RFC8032_VECTORS } from './test-support/rfc8032-vectors.ts';
import { verifyContentBytes, verifyManifest } from './verify-bundle.ts';

// Fixed vectors: a manifest signed with RFC 8032's TEST 1 key; the signature was checked apart
// from this code with `openssl pkeyutl -verify -rawin`, and the content's hash with sha256sum.
const CONTENT = '{"schemaVersion":5}\n';
const SHA = '6178768417db2f2fa628722df5e3908d7973394153b9583650f944899a8881d2';
const MANIFEST_TEXT = `{
  "format": 1,
  "contentVersion": 7,
  "schemaVersion": 5,
  "minAppVersion": "0.1.0",
  "issuedAt": "2026-12-01T09:00:00.000Z",
  "expiresAt": "2026-12-31T09:00:00.000Z",
  "content": {
    "file": "${SHA}.json",
    "sha256": "${SHA}",
    "size": 20
  },
  "keyId": "21fe31dfa154a261"
}
`;
const SIGNATURE = Buffer.from(
  'fceda5537284ca705666a2e2a1e17ab09c01fffce8fe909a1574000365a3f7a46d661cd2135204360f02a2deb329c03a5991e97634bcde55d23dbb4bad8c4c0e',
  'hex',
);
const TEST1 = publicKeyFromText('MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=');

function secretOf(index: number) {
  const vector = RFC8032_VECTORS[index];
  if (vector === undefined) throw new Error(`RFC 8032 has no vector ${index} here`);
  return createPrivateKey({ key: pkcs8DerOf(vector.secretKey), format: 'der', type: 'pkcs8' });
}
function pinnedOf(index: number): PinnedKey {
  const key = createPublicKey(secretOf(index));
  return { keyId: keyIdOf(key), key };
}
const TEST2 = pinnedOf(1);
const bytes = (text: string) => Buffer.from(text, 'utf8');
const signWith = (index: number, data: Uint8Array) => sign(null, data, secretOf(index));
const refused = (reason: string | RegExp) => ({ ok: false, reason: expect.stringMatching(reason) });

describe('verifyManifest', () => {
  it('accepts the fixed manifest with its pinned key and names the key', () => {
    const verdict = verifyManifest(bytes(MANIFEST_TEXT), SIGNATURE, [TEST1]);
    expect(verdict).toEqual({
      ok: true,
      value: { keyId: '21fe31dfa154a261', manifest: JSON.parse(MANIFEST_TEXT) as Manifest },
    });
  });

  it('refuses the manifest with one byte changed, wherever the byte is', () => {
    for (const at of [0, 40, MANIFEST_TEXT.indexOf('7'), MANIFEST_TEXT.length - 1]) {
      const tampered = bytes(MANIFEST_TEXT);
      tampered[at] = (tampered[at] ?? 0) ^ 0x01;
      expect(verifyManifest(tampered, SIGNATURE, [TEST1])).toEqual(
        refused(
          /^The signature in manifest.sig does not match manifest.json for the pinned key 21fe31dfa154a261/,
        ),
      );
    }
    const flipped = Buffer.from(SIGNATURE);
    flipped[63] = (flipped[63] ?? 0) ^ 0x80;
    expect(verifyManifest(bytes(MANIFEST_TEXT), flipped, [TEST1]).ok).toBe(false);
  });

  it('refuses a manifest signed with a key that is not pinned, naming the pinned ones', () => {
    expect(verifyManifest(bytes(MANIFEST_TEXT), SIGNATURE, [TEST2])).toEqual(
      refused(
        `for the pinned key ${TEST2.keyId}: the bundle was changed after signing, or signed with another key.`,
      ),
    );
  });

  it('with two pinned keys (rotation) accepts a manifest signed by either', () => {
    expect(verifyManifest(bytes(MANIFEST_TEXT), SIGNATURE, [TEST2, TEST1])).toMatchObject({
      ok: true,
      value: { keyId: TEST1.keyId },
    });
    const byTest2 = MANIFEST_TEXT.replace('21fe31dfa154a261', TEST2.keyId);
    expect(
      verifyManifest(bytes(byTest2), signWith(1, bytes(byTest2)), [TEST1, TEST2]),
    ).toMatchObject({
      ok: true,
      value: { keyId: TEST2.keyId, manifest: { contentVersion: 7 } },
    });
    expect(verifyManifest(bytes(MANIFEST_TEXT), SIGNATURE, [pinnedOf(2), pinnedOf(3)])).toEqual(
      refused(`for the pinned key ${pinnedOf(2).keyId} or ${pinnedOf(3).keyId}:`),
    );
  });

  it('refuses a manifest that names another key than the one that signed it', () => {
    const lying = MANIFEST_TEXT.replace('21fe31dfa154a261', TEST2.keyId);
    expect(verifyManifest(bytes(lying), signWith(0, bytes(lying)), [TEST1, TEST2])).toEqual(
      refused(`manifest.json names key ${TEST2.keyId} but was signed with key 21fe31dfa154a261.`),
    );
  });

  it('refuses an oversize manifest before checking its signature, even a validly signed one', () => {
    const big = bytes(
      MANIFEST_TEXT.replace('\n}\n', `,\n"pad": "${'x'.repeat(MAX_MANIFEST_BYTES)}"\n}\n`),
    );
    expect(verifyManifest(big, signWith(0, big), [TEST1])).toEqual(
      refused(`^manifest.json is ${big.length} bytes, more than the 16384 a manifest may have.$`),
    );
    const justFits = bytes(' '.repeat(MAX_MANIFEST_BYTES));
    expect(verifyManifest(justFits, signWith(0, justFits), [TEST1])).toEqual(
      refused('signed but is not valid JSON'),
    );
  });

  it('refuses an empty manifest, a signature of the wrong length, and no pinned key', () => {
    expect(verifyManifest(bytes(''), SIGNATURE, [TEST1])).toEqual(
      refused('manifest.json is empty.'),
    );
    expect(verifyManifest(bytes(MANIFEST_TEXT), SIGNATURE.subarray(0, 63), [TEST1])).toEqual(
      refused('manifest.sig is 63 bytes; an Ed25519 signature is 64.'),
    );
    expect(verifyManifest(bytes(MANIFEST_TEXT), SIGNATURE, [])).toEqual(
      refused('No public key is pinned'),
    );
  });

  it('checks the schema only after the signature: a signed manifest of the wrong shape is refused in words', () => {
    const extra = MANIFEST_TEXT.replace('"format": 1,', '"format": 1,\n  "channel": "beta",');
    expect(verifyManifest(bytes(extra), signWith(0, bytes(extra)), [TEST1])).toEqual(
      refused(
        'is signed but not a valid manifest: The manifest has fields a kiosk does not know: channel.',
      ),
    );
    const zero = MANIFEST_TEXT.replace('"contentVersion": 7', '"contentVersion": 0');
    expect(verifyManifest(bytes(zero), signWith(0, bytes(zero)), [TEST1])).toEqual(
      refused('contentVersion must be 1 or more.'),
    );
    const latin1 = Buffer.concat([
      bytes(MANIFEST_TEXT.slice(0, -3)),
      Buffer.from([0xff]),
      bytes('}\n'),
    ]);
    expect(verifyManifest(latin1, signWith(0, latin1), [TEST1])).toEqual(
      refused('not valid JSON text'),
    );
  });
});

describe('verifyContentBytes', () => {
  const manifest = JSON.parse(MANIFEST_TEXT) as Manifest;

  it('gives the parsed JSON of the content the manifest names', () => {
    expect(verifyContentBytes(manifest, bytes(CONTENT))).toEqual({
      ok: true,
      value: { schemaVersion: 5 },
    });
  });

  it('refuses a truncated download, a changed byte, an oversize file and a hash-matching non-JSON', () => {
    expect(verifyContentBytes(manifest, bytes(CONTENT.slice(0, 10)))).toEqual(
      refused(
        `^The content file ${SHA}.json is 10 bytes but the manifest says 20: the download was cut short`,
      ),
    );
    expect(verifyContentBytes(manifest, bytes(CONTENT.replace('5', '6')))).toEqual(
      refused('does not have the SHA-256 the manifest names: it was changed or damaged.'),
    );
    const huge = Buffer.alloc(MAX_CONTENT_BYTES + 1, 0x20);
    expect(
      verifyContentBytes(
        { ...manifest, content: { ...manifest.content, size: huge.length } },
        huge,
      ),
    ).toEqual(
      refused(
        `is ${MAX_CONTENT_BYTES + 1} bytes, more than the ${MAX_CONTENT_BYTES} content may have.`,
      ),
    );
    const notJson = bytes('not json');
    const sha256 = createHash('sha256').update(notJson).digest('hex');
    const named = { ...manifest, content: { file: `${sha256}.json`, sha256, size: 8 } };
    expect(verifyContentBytes(named, notJson)).toEqual(
      refused('matches its hash but is not valid JSON text.'),
    );
  });
});
