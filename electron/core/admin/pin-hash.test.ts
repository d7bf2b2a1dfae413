import * as crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SCRYPT_PARAMS,
  hashPin,
  isPinHash,
  parsePinHash,
  PIN_FORMAT_MESSAGE,
  verifyPin,
} from './pin-hash.ts';

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof crypto>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

describe('hashPin', () => {
  it('writes scrypt, its parameters, a 16-byte salt and the key in one string', async () => {
    const hash = await hashPin('123456');
    const [name, N, r, p, salt, key] = hash.split('$');
    expect([name, Number(N), Number(r), Number(p)]).toEqual([
      'scrypt',
      DEFAULT_SCRYPT_PARAMS.N,
      DEFAULT_SCRYPT_PARAMS.r,
      DEFAULT_SCRYPT_PARAMS.p,
    ]);
    expect(Buffer.from(salt ?? '', 'base64')).toHaveLength(16);
    expect(Buffer.from(key ?? '', 'base64')).toHaveLength(32);
    expect(hash).not.toContain('123456');
  });

  it('salts every hash afresh, so one PIN never gives the same string twice', async () => {
    const [a, b] = await Promise.all([hashPin('24681357', CHEAP), hashPin('24681357', CHEAP)]);
    expect(a).not.toBe(b);
    expect(await verifyPin('24681357', a)).toBe(true);
    expect(await verifyPin('24681357', b)).toBe(true);
  });

  it.each(['12345', '1234567890123', '12345a', ' 123456', '123 456', '１２３４５６', ''])(
    'refuses %j in plain words',
    async (pin) => {
      await expect(hashPin(pin, CHEAP)).rejects.toThrow(PIN_FORMAT_MESSAGE);
    },
  );

  it.each(['123456', '000000000000'])('accepts %j', async (pin) => {
    expect(isPinHash(await hashPin(pin, CHEAP))).toBe(true);
  });
});

describe('verifyPin', () => {
  it('says no to a wrong PIN, and to one a single digit off', async () => {
    const hash = await hashPin('135792', CHEAP);
    expect(await verifyPin('135792', hash)).toBe(true);
    expect(await verifyPin('135793', hash)).toBe(false);
    expect(await verifyPin('1357920', hash)).toBe(false);
    expect(await verifyPin('not a pin', hash)).toBe(false);
  });

  it('compares with crypto.timingSafeEqual', async () => {
    const hash = await hashPin('135792', CHEAP);
    const spy = vi.mocked(crypto.timingSafeEqual);
    spy.mockClear();
    await verifyPin('999999', hash);
    expect(spy).toHaveBeenCalledTimes(1);
    const [derived, stored] = spy.mock.calls[0] ?? [];
    expect(Buffer.from(stored as Uint8Array).toString('base64')).toBe(hash.split('$')[5]);
    expect((derived as Uint8Array).length).toBe(32);
  });

  it.each([
    'plain text',
    'bcrypt$10$8$1$c2FsdHNhbHRzYWx0c2FsdA==$a2V5a2V5a2V5a2V5a2V5a2V5',
    'scrypt$1000$8$1$c2FsdHNhbHRzYWx0c2FsdA==$a2V5a2V5a2V5a2V5a2V5a2V5',
    'scrypt$4194304$8$1$c2FsdHNhbHRzYWx0c2FsdA==$a2V5a2V5a2V5a2V5a2V5a2V5',
    'scrypt$1024$8$1$c2FsdA==$a2V5a2V5a2V5a2V5a2V5a2V5',
    'scrypt$1024$8$1$c2FsdHNhbHRzYWx0c2FsdA==$not*base64',
    'scrypt$1024$8$1$c2FsdHNhbHRzYWx0c2FsdA==',
  ])('refuses the malformed hash %j rather than answer for it', async (stored) => {
    expect(parsePinHash(stored)).toBeNull();
    await expect(verifyPin('123456', stored)).rejects.toThrow(
      'The stored PIN hash is not one this app can read.',
    );
  });
});
