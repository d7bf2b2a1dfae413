import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../contract/errors.ts';
import { nodeDurableFs } from '../store/durable-fs.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { createAdminServices, type AdminServices } from './admin-services.ts';
import { SESSION_IDLE_MS } from './admin-sessions.ts';
import { AUDIT_FILE } from './audit-log.ts';
import { readSecurityState, securityFilePath } from './security-file.ts';
import { setPin } from './set-pin.ts';

const MINUTE = 60_000;
const PIN = '482916';
const WRONG = '111111';
const CHEAP = { N: 1024, r: 8, p: 1 };

let dataDir: string;
let clock: number;
let log: ReturnType<typeof createRecordingLogger>;
const now = () => clock;
const open = (): AdminServices => createAdminServices({ dataDir, log, now });
const storePin = (pin = PIN) => setPin({ dataDir, pin, log, now, scrypt: CHEAP });
const onDisk = () => readSecurityState({ dataDir, fs: nodeDurableFs, platform: process.platform });

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'admin-sessions-'));
  clock = Date.UTC(2026, 10, 24, 9, 0);
  log = createRecordingLogger();
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

async function auditActions(): Promise<string[]> {
  const text = await readFile(join(dataDir, AUDIT_FILE), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { action: string }).action);
}

async function wrongPins(admin: AdminServices, count: number): Promise<ApiError[]> {
  const errors: ApiError[] = [];
  for (let i = 0; i < count; i++) errors.push(await refusal(admin.sessions.signIn(WRONG)));
  return errors;
}

describe('admin sign-in', () => {
  it('stays closed until IT sets a PIN, and says so in plain words', async () => {
    const { sessions } = open();
    expect(await sessions.status()).toEqual({ pinSet: false, lockedUntil: null, attemptsLeft: 0 });
    const error = await refusal(sessions.signIn(PIN));
    expect(error).toMatchObject({
      code: 'forbidden',
      message: 'Admin is closed until IT sets a PIN.',
    });
  });

  it('opens a session with the right PIN: an unguessable token that lasts 3 idle minutes', async () => {
    await storePin();
    const { sessions } = open();
    expect(await sessions.status()).toEqual({ pinSet: true, lockedUntil: null, attemptsLeft: 5 });
    const first = await sessions.signIn(PIN);
    const second = await sessions.signIn(PIN);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second.token).not.toBe(first.token);
    expect(first.expiresAt).toBe(clock + SESSION_IDLE_MS);
    expect(sessions.require(first.token)).toEqual({
      startedAt: clock,
      expiresAt: clock + 3 * MINUTE,
    });
    expect(await auditActions()).toEqual(['pin-set', 'sign-in', 'sign-in']);
  });

  it('refuses a wrong PIN, says how many tries are left, and never repeats the PIN', async () => {
    await storePin();
    const { sessions } = open();
    const error = await refusal(sessions.signIn(WRONG));
    expect(error).toMatchObject({
      code: 'unauthorized',
      message: 'That PIN is not right. 4 tries left before the PIN pad locks.',
    });
    expect(JSON.stringify(error.toBody())).not.toContain(WRONG);
    expect(await sessions.status()).toMatchObject({ attemptsLeft: 4 });
    expect(await auditActions()).toEqual(['pin-set', 'sign-in-failed']);
  });

  it('refuses a PIN of the wrong form in plain words without counting it', async () => {
    await storePin();
    const { sessions } = open();
    for (const pin of ['12345', 'abcdef', '1234567890123']) {
      expect(await refusal(sessions.signIn(pin))).toMatchObject({
        code: 'bad_request',
        message: 'The PIN must be 6 to 12 digits.',
      });
    }
    expect(await sessions.status()).toMatchObject({ attemptsLeft: 5 });
  });

  it('a right PIN wipes out the earlier wrong ones', async () => {
    await storePin();
    const { sessions } = open();
    await wrongPins(open(), 4);
    await sessions.signIn(PIN);
    expect(await onDisk()).toMatchObject({
      failedAttempts: 0,
      lockoutCount: 0,
      lockedUntil: null,
    });
    expect(await sessions.status()).toMatchObject({ attemptsLeft: 5 });
  });
});

describe('lockout', () => {
  it('locks for 5 minutes after five wrong PINs, refusing even the right one meanwhile', async () => {
    await storePin();
    const admin = open();
    const errors = await wrongPins(admin, 5);
    expect(errors.map((error) => error.code)).toEqual([
      'unauthorized',
      'unauthorized',
      'unauthorized',
      'unauthorized',
      'forbidden',
    ]);
    expect(errors[3]?.message).toBe('That PIN is not right. 1 try left before the PIN pad locks.');
    expect(errors[4]?.message).toBe(
      'Too many wrong PINs. The PIN pad is locked for 5 more minutes.',
    );
    expect(await admin.sessions.status()).toEqual({
      pinSet: true,
      lockedUntil: clock + 5 * MINUTE,
      attemptsLeft: 0,
    });
    clock += 5 * MINUTE - 1;
    expect(await refusal(admin.sessions.signIn(PIN))).toMatchObject({
      code: 'forbidden',
      message: 'Too many wrong PINs. The PIN pad is locked for 1 more minute.',
    });
    clock += 1;
    await expect(admin.sessions.signIn(PIN)).resolves.toMatchObject({ token: expect.any(String) });
    expect(await auditActions()).toEqual([
      'pin-set',
      ...Array<string>(5).fill('sign-in-failed'),
      'lockout',
      'sign-in',
    ]);
  });

  it('doubles each further lockout, up to one hour', async () => {
    await storePin();
    const admin = open();
    const lengths: number[] = [];
    for (let lockout = 0; lockout < 6; lockout++) {
      await wrongPins(admin, 5);
      const { lockedUntil } = await admin.sessions.status();
      lengths.push(((lockedUntil ?? clock) - clock) / MINUTE);
      clock = lockedUntil ?? clock;
    }
    expect(lengths).toEqual([5, 10, 20, 40, 60, 60]);
  });

  it('survives a restart: the counters are on disk, not in memory', async () => {
    await storePin();
    await wrongPins(open(), 3);
    expect(await open().sessions.status()).toMatchObject({ attemptsLeft: 2 });
    await wrongPins(open(), 2);
    const restarted = open();
    expect(await restarted.sessions.status()).toMatchObject({ lockedUntil: clock + 5 * MINUTE });
    expect(await refusal(restarted.sessions.signIn(PIN))).toMatchObject({ code: 'forbidden' });
  });

  it('is cleared by set-pin, and the new PIN counts at once in a running kiosk', async () => {
    await storePin();
    const admin = open();
    await wrongPins(admin, 5);
    await storePin('7654321');
    expect(await admin.sessions.status()).toEqual({
      pinSet: true,
      lockedUntil: null,
      attemptsLeft: 5,
    });
    expect(await refusal(admin.sessions.signIn(PIN))).toMatchObject({ code: 'unauthorized' });
    await expect(admin.sessions.signIn('7654321')).resolves.toMatchObject({
      expiresAt: clock + SESSION_IDLE_MS,
    });
  });

  it('lets none of 10,000 rapid wrong guesses in, and checks the lock before hashing', async () => {
    // The real cost: were each guess hashed, 10,000 of them would take minutes, not seconds.
    await setPin({ dataDir, pin: PIN, log, now });
    const admin = open();
    const started = performance.now();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10_000 }, (_, i) =>
        admin.sessions.signIn(String(100_000 + (i % 900_000)).padStart(6, '0')),
      ),
    );
    const elapsed = performance.now() - started;
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(0);
    const codes = outcomes.map((outcome) =>
      outcome.status === 'rejected' ? (outcome.reason as ApiError).code : 'in',
    );
    expect(codes.filter((code) => code === 'unauthorized')).toHaveLength(4);
    expect(codes.filter((code) => code === 'forbidden')).toHaveLength(9_996);
    expect(await onDisk()).toMatchObject({
      lockoutCount: 1,
      lockedUntil: clock + 5 * MINUTE,
    });
    expect(await refusal(admin.sessions.signIn(PIN))).toMatchObject({ code: 'forbidden' });
    expect(elapsed).toBeLessThan(20_000);
  }, 30_000);
});

describe('admin sessions', () => {
  it('end after 3 minutes without an admin call, and each call starts the 3 minutes again', async () => {
    await storePin();
    const { sessions, audit } = open();
    const { token } = await sessions.signIn(PIN);
    clock += 2 * MINUTE;
    expect(sessions.require(token).expiresAt).toBe(clock + 3 * MINUTE);
    clock += 3 * MINUTE - 1;
    sessions.require(token);
    clock += 3 * MINUTE;
    const error = (() => {
      try {
        sessions.require(token);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toMatchObject({
      code: 'unauthorized',
      message: 'The admin session ended after 3 minutes without use. Enter the PIN to continue.',
    });
    expect(() => sessions.require(token)).toThrow(
      'Admin is signed out. Enter the PIN to continue.',
    );
    // The expiry is recorded in the background; a read waits for appends queued before it.
    await audit.read();
    expect(await auditActions()).toEqual(['pin-set', 'sign-in', 'session-expired']);
  });

  it('end on sign-out; signing out twice, or with a made-up token, is no error', async () => {
    await storePin();
    const { sessions } = open();
    const { token } = await sessions.signIn(PIN);
    await sessions.signOut(token);
    expect(() => sessions.require(token)).toThrow(
      expect.objectContaining({ code: 'unauthorized' }) as Error,
    );
    await sessions.signOut(token);
    await sessions.signOut('made-up');
    expect(await auditActions()).toEqual(['pin-set', 'sign-in', 'sign-out']);
  });

  it('refuse a token that was never given out', () => {
    const { sessions } = open();
    expect(() => sessions.require('guess')).toThrow(
      'Admin is signed out. Enter the PIN to continue.',
    );
  });
});

describe('a bad security file', () => {
  it('keeps admin closed and raises an alert in the log, without crashing', async () => {
    await writeFile(securityFilePath(dataDir), '{"schemaVersion": 1, "pinHash": "12');
    const { sessions } = open();
    expect(await sessions.status()).toEqual({ pinSet: false, lockedUntil: null, attemptsLeft: 0 });
    expect(await refusal(sessions.signIn(PIN))).toMatchObject({
      code: 'unavailable',
      message:
        'Admin is closed because its security file cannot be read. IT can set the PIN again with "npm run admin -- set-pin".',
    });
    expect(log.lines.filter((line) => line.level === 'error')).toHaveLength(2);
    expect(log.lines[0]?.message).toContain(securityFilePath(dataDir));
    await storePin();
    await expect(sessions.signIn(PIN)).resolves.toMatchObject({ token: expect.any(String) });
  });
});

describe('the audit log and the logs', () => {
  it('never hold a PIN or its hash', async () => {
    await storePin();
    const { sessions } = open();
    await wrongPins(open(), 5);
    clock += 5 * MINUTE;
    const { token } = await sessions.signIn(PIN);
    await sessions.signOut(token);
    const hash = JSON.parse(await readFile(securityFilePath(dataDir), 'utf8')) as {
      pinHash: string;
    };
    const audit = await readFile(join(dataDir, AUDIT_FILE), 'utf8');
    const logged = JSON.stringify(log.lines);
    for (const text of [audit, logged]) {
      expect(text).not.toContain(PIN);
      expect(text).not.toContain(WRONG);
      expect(text).not.toContain(hash.pinHash.split('$')[5]);
    }
    expect(await auditActions()).toContain('lockout');
  });
});
