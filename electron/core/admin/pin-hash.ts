import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export const PIN_FORMAT_MESSAGE = 'The PIN must be 6 to 12 digits.';

const PIN_PATTERN = /^[0-9]{6,12}$/;

/** scrypt's cost: N = 2^15 takes tens of milliseconds, and 32 MiB of memory, per guess. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Parameters beyond these would let a forged hash string tie up the kiosk's memory or CPU.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

export function isPinFormat(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

/** Throws the plain-words rule when `pin` is not 6 to 12 digits; the PIN itself is never echoed. */
export function assertPinFormat(pin: string): void {
  if (!isPinFormat(pin)) throw new Error(PIN_FORMAT_MESSAGE);
}

/**
 * `scrypt$N$r$p$salt$hash` (salt and hash in base64): the string says how it was made, so a
 * later, costlier default still verifies every hash made before it.
 */
export async function hashPin(
  pin: string,
  params: ScryptParams = DEFAULT_SCRYPT_PARAMS,
): Promise<string> {
  assertPinFormat(pin);
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(pin, salt, KEY_BYTES, params);
  return [
    'scrypt',
    params.N,
    params.r,
    params.p,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  key: Buffer;
}

/** Reads a stored hash; null when it is not one this app makes (or its cost is out of bounds). */
export function parsePinHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts
    .slice(1, 4)
    .map((part) => (/^[0-9]{1,8}$/.test(part) ? Number(part) : NaN));
  if (N === undefined || r === undefined || p === undefined) return null;
  const powerOfTwo = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  if (!powerOfTwo || N > MAX_N || !(r >= 1 && r <= MAX_R) || !(p >= 1 && p <= MAX_P)) return null;
  const salt = decodeBase64(parts[4] ?? '');
  const key = decodeBase64(parts[5] ?? '');
  if (salt === null || key === null || salt.length < SALT_BYTES || key.length < 16) return null;
  return { params: { N, r, p }, salt, key };
}

export function isPinHash(stored: string): boolean {
  return parsePinHash(stored) !== null;
}

/**
 * True when `pin` is the one `stored` was made from. The comparison is constant-time, so how
 * long it takes says nothing about how much of the PIN was right. A malformed hash throws:
 * it is a broken security file, not a wrong PIN.
 */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const parsed = parsePinHash(stored);
  if (parsed === null) throw new Error('The stored PIN hash is not one this app can read.');
  if (!isPinFormat(pin)) return false;
  const key = await deriveKey(pin, parsed.salt, parsed.key.length, parsed.params);
  return timingSafeEqual(key, parsed.key);
}

function deriveKey(
  pin: string,
  salt: Buffer,
  length: number,
  { N, r, p }: ScryptParams,
): Promise<Buffer> {
  // Node refuses N*r above its default memory cap of 32 MiB unless told the real need.
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function decodeBase64(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  return Buffer.from(text, 'base64');
}
