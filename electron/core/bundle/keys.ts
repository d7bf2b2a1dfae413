import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  type KeyObject,
} from 'node:crypto';
import { promisify } from 'node:util';
import { PublicKeyText } from '../../contract/bundle-schema.ts';

/** A public key a kiosk trusts, with the id manifests name it by. */
export interface PinnedKey {
  keyId: string;
  key: KeyObject;
}

export interface GeneratedKeys {
  keyId: string;
  /** PKCS#8 PEM, encrypted with the passphrase (aes-256-cbc): what openssl reads with -passin. */
  privatePem: string;
  /** SPKI PEM. */
  publicPem: string;
  /** The one line for the policy file's contentSource.publicKeys. */
  publicText: string;
}

// The 12-byte SPKI header every Ed25519 public key's DER starts with; the raw key follows.
const SPKI_HEADER_BYTES = 12;
const PEM_PUBLIC = /-----BEGIN PUBLIC KEY-----([\s\S]*?)-----END PUBLIC KEY-----/;

const generate = promisify(generateKeyPair);

/** A new Ed25519 key pair; the private half only ever leaves here encrypted. */
export async function generateBundleKeys(passphrase: string): Promise<GeneratedKeys> {
  const { publicKey, privateKey } = await generate('ed25519');
  const privatePem = privateKey.export({
    format: 'pem',
    type: 'pkcs8',
    cipher: 'aes-256-cbc',
    passphrase,
  });
  return {
    keyId: keyIdOf(publicKey),
    privatePem: String(privatePem),
    publicPem: String(publicKey.export({ format: 'pem', type: 'spki' })),
    publicText: publicKeyText(publicKey),
  };
}

/** The first 16 hex digits of the SHA-256 of the raw 32-byte public key. */
export function keyIdOf(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_HEADER_BYTES);
  return createHash('sha256').update(raw).digest('hex').slice(0, 16);
}

/** The policy form: base64 of the SPKI DER, "MCowBQYDK2VwAyEA…", on one line. */
export function publicKeyText(key: KeyObject): string {
  return key.export({ format: 'der', type: 'spki' }).toString('base64');
}

/** A pinned key from the policy's one line or a `.pub.pem` file's text. */
export function publicKeyFromText(text: string): PinnedKey {
  const trimmed = text.trim();
  const pem = PEM_PUBLIC.exec(trimmed);
  const body = pem ? (pem[1] ?? '').replace(/\s+/g, '') : trimmed;
  const parsed = PublicKeyText.safeParse(body);
  if (!parsed.success) {
    throw new Error(
      pem
        ? 'The PEM file does not hold an Ed25519 public key made by "bundle keygen".'
        : 'This is not an Ed25519 public key: give the one line "bundle keygen" printed (starting "MCowBQYDK2VwAyEA") or its .pub.pem file.',
    );
  }
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.from(parsed.data, 'base64'), format: 'der', type: 'spki' });
  } catch {
    throw new Error('The public key is damaged: it does not decode to an Ed25519 key.');
  }
  return { keyId: keyIdOf(key), key };
}

/** Opens an encrypted private key made by keygen; throws in words when the passphrase is wrong. */
export function privateKeyFromPem(pem: string, passphrase: string, file: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem', passphrase });
  } catch {
    throw new Error(
      `The passphrase does not open the private key in ${file}, or the file is not a private key made by "bundle keygen". Nothing was written.`,
    );
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`${file} is not an Ed25519 private key. Nothing was written.`);
  }
  return key;
}
