import { describe, expect, it } from 'vitest';
import { KeyId, Manifest, PublicKeyText } from './bundle-schema.ts';

const SHA = '6178768417db2f2fa628722df5e3908d7973394153b9583650f944899a8881d2';
const manifest = {
  format: 1,
  contentVersion: 7,
  schemaVersion: 5,
  minAppVersion: '0.1.0',
  issuedAt: '2026-12-01T09:00:00.000Z',
  expiresAt: '2026-12-31T09:00:00.000Z',
  content: { file: `${SHA}.json`, sha256: SHA, size: 20 },
  keyId: '21fe31dfa154a261',
};
const messagesOf = (value: unknown) =>
  Manifest.safeParse(value).error?.issues.map((i) => i.message);

describe('Manifest', () => {
  it('takes a manifest as the signer writes it', () => {
    expect(Manifest.parse(manifest)).toEqual(manifest);
  });

  it.each([
    [{ format: 2 }, 'format must be 1; this bundle was made by another kind of signer.'],
    [{ contentVersion: 0 }, 'contentVersion must be 1 or more.'],
    [{ contentVersion: 1.5 }, 'contentVersion must be a whole number.'],
    [{ schemaVersion: '5' }, 'schemaVersion must be a number.'],
    [{ issuedAt: 'yesterday' }, 'issuedAt must be a time like "2026-12-06T17:00:00.000Z".'],
    [
      { keyId: '21FE31DFA154A261' },
      'The key id must be 16 lower-case hex digits, e.g. "1a2b3c4d5e6f7a8b".',
    ],
    [
      { content: { file: 'content.json', sha256: SHA, size: 20 } },
      'content.file must be the content\'s SHA-256 in hex followed by ".json".',
    ],
    [
      { content: { file: `${SHA}.json`, sha256: SHA, size: 0 } },
      'content.size must be at least 1 byte.',
    ],
    [
      { content: { file: `${SHA}.json`, sha256: SHA, size: 20, url: 'x' } },
      'content must hold only file, sha256 and size.',
    ],
    [{ signedBy: 'Pat' }, 'The manifest has fields a kiosk does not know: signedBy.'],
  ])('refuses %j in plain words', (change, message) => {
    expect(messagesOf({ ...manifest, ...change })).toEqual([message]);
  });

  it('refuses what is not an object', () => {
    expect(messagesOf([])).toEqual(['The manifest must be a JSON object.']);
  });
});

describe('PublicKeyText and KeyId', () => {
  it('take the policy one-liner and a key id', () => {
    expect(
      PublicKeyText.parse('MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo='),
    ).toBeTypeOf('string');
    expect(KeyId.parse('21fe31dfa154a261')).toBe('21fe31dfa154a261');
  });

  it.each([
    'MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo',
    '-----BEGIN PUBLIC KEY-----',
    'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=',
  ])('refuses %s, saying what to write', (text) => {
    expect(PublicKeyText.safeParse(text).error?.issues[0]?.message).toBe(
      'A public key must be the one line "bundle keygen" printed: 60 characters starting with "MCowBQYDK2VwAyEA" and ending with "=".',
    );
  });
});
