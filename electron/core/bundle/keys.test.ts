import { execFileSync } from 'node:child_process';
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  generateBundleKeys,
  keyIdOf,
  privateKeyFromPem,
  publicKeyFromText,
  publicKeyText,
} from './keys.ts';
import { pkcs8DerOf, RFC8032_VECTORS, spkiDerOf } from './test-support/rfc8032-vectors.ts';

// The RFC's TEST 1 public key in the policy's one-line form, and its id, worked out apart from
// this code: `xxd -r -p <<< d75a98… | sha256sum | cut -c1-16`.
const TEST1_TEXT = 'MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=';
const TEST1_KEY_ID = '21fe31dfa154a261';

const hex = (text: string) => Buffer.from(text, 'hex');

describe('Ed25519 through node:crypto matches RFC 8032 section 7.1', () => {
  it.each(RFC8032_VECTORS)('$name: public key, signature bytes and verification', (vector) => {
    const secret = createPrivateKey({
      key: pkcs8DerOf(vector.secretKey),
      format: 'der',
      type: 'pkcs8',
    });
    const derived = createPublicKey(secret).export({ format: 'der', type: 'spki' });
    expect(derived.subarray(12).toString('hex')).toBe(vector.publicKey);
    expect(sign(null, hex(vector.message), secret).toString('hex')).toBe(vector.signature);
    const pinned = createPublicKey({
      key: spkiDerOf(vector.publicKey),
      format: 'der',
      type: 'spki',
    });
    expect(verify(null, hex(vector.message), pinned, hex(vector.signature))).toBe(true);
    const flipped = hex(vector.signature);
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(verify(null, hex(vector.message), pinned, flipped)).toBe(false);
  });
});

describe('keyIdOf and publicKeyFromText', () => {
  const test1 = () =>
    createPublicKey({ key: spkiDerOf(RFC8032_VECTORS[0].publicKey), format: 'der', type: 'spki' });

  it('gives the fixed ids of the RFC keys, from the public or the private half', () => {
    expect(keyIdOf(test1())).toBe(TEST1_KEY_ID);
    const ids = RFC8032_VECTORS.map((v) =>
      keyIdOf(createPrivateKey({ key: pkcs8DerOf(v.secretKey), format: 'der', type: 'pkcs8' })),
    );
    expect(ids).toEqual([
      '21fe31dfa154a261',
      '39f713d0a644253f',
      'dac073e0123bdea5',
      '5f9b247e2a654719',
    ]);
  });

  it('reads the policy one-liner and a PEM file’s text as the same key', () => {
    expect(publicKeyText(test1())).toBe(TEST1_TEXT);
    const fromLine = publicKeyFromText(` ${TEST1_TEXT}\n`);
    const pem = String(test1().export({ format: 'pem', type: 'spki' }));
    const fromPem = publicKeyFromText(`# key for the lobbies\n${pem}`);
    expect(fromLine.keyId).toBe(TEST1_KEY_ID);
    expect(fromPem.keyId).toBe(TEST1_KEY_ID);
    expect(fromLine.key.equals(fromPem.key)).toBe(true);
  });

  it.each([
    ['an empty line', ''],
    ['a truncated key', TEST1_TEXT.slice(0, 40)],
    ['an RSA-looking key', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'],
    [
      'a PEM of another kind',
      '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQc=\n-----END PUBLIC KEY-----',
    ],
  ])('refuses %s in words', (_what, text) => {
    expect(() => publicKeyFromText(text)).toThrow(/Ed25519 public key/);
  });
});

describe('generateBundleKeys', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bundle-keys-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes an encrypted PKCS#8 PEM that the passphrase opens and nothing else does', async () => {
    const keys = await generateBundleKeys('correct horse battery');
    expect(keys.privatePem).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
    expect(() => createPrivateKey(keys.privatePem)).toThrow();
    const opened = privateKeyFromPem(keys.privatePem, 'correct horse battery', 'k.pem');
    expect(keyIdOf(opened)).toBe(keys.keyId);
    expect(() => privateKeyFromPem(keys.privatePem, 'wrong horse battery', 'k.pem')).toThrow(
      'The passphrase does not open the private key in k.pem',
    );
    expect(publicKeyFromText(keys.publicPem).keyId).toBe(keys.keyId);
    expect(publicKeyFromText(keys.publicText).keyId).toBe(keys.keyId);
  });

  it('is read by openssl: the key opens with the passphrase and its signature verifies', async () => {
    // openssl is on this machine's PATH (OpenSSL 3): the test fails, not skips, without it.
    const keys = await generateBundleKeys('correct horse battery');
    const keyFile = join(dir, 'k.key.pem');
    const pubFile = join(dir, 'k.pub.pem');
    const message = join(dir, 'message');
    const sigFile = join(dir, 'message.sig');
    await writeFile(keyFile, keys.privatePem);
    await writeFile(pubFile, keys.publicPem);
    await writeFile(message, '{"contentVersion": 1}\n');
    const text = execFileSync(
      'openssl',
      ['pkey', '-in', keyFile, '-passin', 'pass:correct horse battery', '-text', '-noout'],
      { encoding: 'utf8' },
    );
    expect(text).toContain('ED25519 Private-Key');
    const opened = privateKeyFromPem(keys.privatePem, 'correct horse battery', keyFile);
    await writeFile(sigFile, sign(null, Buffer.from('{"contentVersion": 1}\n'), opened));
    const verdict = execFileSync(
      'openssl',
      [
        'pkeyutl',
        '-verify',
        '-pubin',
        '-inkey',
        pubFile,
        '-rawin',
        '-in',
        message,
        '-sigfile',
        sigFile,
      ],
      { encoding: 'utf8' },
    );
    expect(verdict).toContain('Signature Verified Successfully');
    expect(() =>
      execFileSync('openssl', ['pkey', '-in', keyFile, '-passin', 'pass:wrong', '-noout'], {
        stdio: 'pipe',
      }),
    ).toThrow();
  });
});
