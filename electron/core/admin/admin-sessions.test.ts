import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../contract/errors.ts';
import { nodeDurableFs, type DurableFs } from '../store/durable-fs.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { createScriptedFs, errnoError, type ScriptedFs } from '../test-support/scripted-fs.ts';
import { createAdminServices, type AdminServices } from './admin-services.ts';
import { SESSION_IDLE_MS } from './admin-sessions.ts';
import { AUDIT_FILE } from './audit-log.ts';
import { hashPin } from './pin-hash.ts';
import { readSecurityState, securityFilePath, writeSecurityState } from './security-file.ts';
import { setPin } from './set-pin.ts';
import { refusal } from '../test-support/refusal.ts';

const MINUTE = 60_000;
const PIN = '482916';
const WRONG = '111111';
const CHEAP = { N: 1024, r: 8, p: 1 };
const NOT_SIGNED_IN = 'Admin is signed out. Enter the PIN to continue.';

let dataDir: string;
let clock: number;
let log: ReturnType<typeof createRecordingLogger>;
const now = () => clock;
const open = (fs?: ScriptedFs): AdminServices =>
  createAdminServices({ dataDir, log, now, ...(fs === undefined ? {} : { fs }) });
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
    expect(await sessions.status()).toEqual({
      pinSet: false,
      lockedUntil: null,
      attemptsLeft: 0,
      problems: [],
    });
    const error = await refusal(sessions.signIn(PIN));
    expect(error).toMatchObject({
      code: 'forbidden',
      message: 'Admin is closed until IT sets a PIN.',
    });
  });

  it('opens a session with the right PIN: an unguessable token that lasts 3 idle minutes', async () => {
    await storePin();
    const { sessions } = open();
    expect(await sessions.status()).toEqual({
      pinSet: true,
      lockedUntil: null,
      attemptsLeft: 5,
      problems: [],
    });
    const first = await sessions.signIn(PIN);
    const second = await sessions.signIn(PIN);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second.token).not.toBe(first.token);
    expect(first.expiresAt).toBe(clock + SESSION_IDLE_MS);
    expect(await sessions.require(first.token)).toEqual({
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
      problems: [],
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
      problems: [],
    });
    expect(await refusal(admin.sessions.signIn(PIN))).toMatchObject({ code: 'unauthorized' });
    await expect(admin.sessions.signIn('7654321')).resolves.toMatchObject({
      expiresAt: clock + SESSION_IDLE_MS,
    });
  });
});

describe('admin sessions', () => {
  it('end after 3 minutes without an admin call, and each call starts the 3 minutes again', async () => {
    await storePin();
    const { sessions, audit } = open();
    const { token } = await sessions.signIn(PIN);
    clock += 2 * MINUTE;
    expect((await sessions.require(token)).expiresAt).toBe(clock + 3 * MINUTE);
    clock += 3 * MINUTE - 1;
    await sessions.require(token);
    clock += 3 * MINUTE;
    await expect(sessions.require(token)).rejects.toMatchObject({
      code: 'unauthorized',
      message: 'The admin session ended after 3 minutes without use. Enter the PIN to continue.',
    });
    await expect(sessions.require(token)).rejects.toThrow(NOT_SIGNED_IN);
    // The expiry is recorded in the background; a read waits for appends queued before it.
    await audit.read();
    expect(await auditActions()).toEqual(['pin-set', 'sign-in', 'session-expired']);
  });

  it('end on sign-out; signing out twice, or with a made-up token, is no error', async () => {
    await storePin();
    const { sessions } = open();
    const { token } = await sessions.signIn(PIN);
    await sessions.signOut(token);
    await expect(sessions.require(token)).rejects.toMatchObject({ code: 'unauthorized' });
    await sessions.signOut(token);
    await sessions.signOut('made-up');
    expect(await auditActions()).toEqual(['pin-set', 'sign-in', 'sign-out']);
  });

  it('refuse a token that was never given out', async () => {
    const { sessions } = open();
    await expect(sessions.require('guess')).rejects.toThrow(NOT_SIGNED_IN);
  });
});

describe('a bad security file', () => {
  it('keeps admin closed and raises an alert in the log, without crashing', async () => {
    await writeFile(securityFilePath(dataDir), '{"schemaVersion": 1, "pinHash": "12');
    const { sessions } = open();
    expect(await sessions.status()).toEqual({
      pinSet: false,
      lockedUntil: null,
      attemptsLeft: 0,
      problems: [
        'Admin is closed because its security file cannot be read. IT can set the PIN again with "npm run admin -- set-pin".',
      ],
    });
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

/** A file system on which security.json can be read but no longer written. */
/** security.json cannot be saved; the audit log, written through the same fs, still can. */
function refusingWrites(code: string): ScriptedFs {
  const fs = createScriptedFs();
  fs.failWhen(
    (call) =>
      (['open', 'rename'].includes(call.op) && call.path !== join(dataDir, AUDIT_FILE)) ||
      (call.op === 'mkdir' && !existsSync(call.path)),
    errnoError(code, 'open', securityFilePath(dataDir)),
  );
  return fs;
}

describe('wrong PINs the disk will not save', () => {
  const cases = [
    ['read-only', 'EROFS', 'the disk is read-only (EROFS)'],
    ['full', 'ENOSPC', 'the disk is full (ENOSPC)'],
    ['not the kiosk’s to write', 'EACCES', 'permission denied (EACCES)'],
  ] as const;

  it.each(cases)(
    'still count when the disk is %s, and sign-in says why in plain words',
    async (_, code, words) => {
      await storePin();
      const { sessions } = open(refusingWrites(code));
      expect(await refusal(sessions.signIn(WRONG))).toMatchObject({
        code: 'unavailable',
        message: `That PIN is not right, and the kiosk cannot save the count of wrong PINs (${words}), so sign-in is closed until IT lets the kiosk write to its data folder.`,
      });
      expect(await sessions.status()).toEqual({
        pinSet: true,
        lockedUntil: null,
        attemptsLeft: 4,
        problems: [
          `Sign-in is closed because the kiosk cannot save the count of wrong PINs (${words}). IT needs to let the kiosk write to its data folder.`,
        ],
      });
      expect(await auditActions()).toEqual(['pin-set', 'sign-in-failed']);
      const errors = log.lines.filter((line) => line.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]?.message).toBe(
        `Wrong PINs cannot be saved in ${securityFilePath(dataDir)}: ${words}. They are counted in memory until the kiosk restarts, and sign-in is refused until the file can be written.`,
      );
    },
  );

  it('refuse even the right PIN, without checking it, while a wrong one is unsaved', async () => {
    await storePin();
    const { sessions } = open(refusingWrites('EROFS'));
    await refusal(sessions.signIn(WRONG));
    expect(await refusal(sessions.signIn(PIN))).toMatchObject({
      code: 'unavailable',
      message:
        'Sign-in is closed because the kiosk cannot save the count of wrong PINs (the disk is read-only (EROFS)). IT needs to let the kiosk write to its data folder.',
    });
    expect(await auditActions()).toEqual(['pin-set', 'sign-in-failed']);
  });

  it('lock the pad in memory when the fifth in a row cannot be saved', async () => {
    await storePin();
    await wrongPins(open(), 4);
    const { sessions } = open(refusingWrites('ENOSPC'));
    expect(await refusal(sessions.signIn(WRONG))).toMatchObject({
      code: 'forbidden',
      message: 'Too many wrong PINs. The PIN pad is locked for 5 more minutes.',
    });
    expect(await sessions.status()).toMatchObject({ lockedUntil: clock + 5 * MINUTE });
    expect(await onDisk()).toMatchObject({ failedAttempts: 4, lockedUntil: null });
    clock += 5 * MINUTE;
    expect(await refusal(sessions.signIn(PIN))).toMatchObject({ code: 'unavailable' });
  });

  it('are saved once the disk takes them again, and then the right PIN opens admin', async () => {
    await storePin();
    const fs = refusingWrites('EROFS');
    const { sessions } = open(fs);
    await refusal(sessions.signIn(WRONG));
    fs.clearFailures();
    expect(await sessions.status()).toMatchObject({ attemptsLeft: 4, problems: [] });
    expect(await onDisk()).toMatchObject({ failedAttempts: 1 });
    await expect(sessions.signIn(PIN)).resolves.toMatchObject({ token: expect.any(String) });
    expect(log.lines.at(-1)).toEqual({
      level: 'info',
      message: `Wrong PINs are saved in ${securityFilePath(dataDir)} again; sign-in is open.`,
    });
  });

  it('are forgotten when IT sets a new PIN', async () => {
    await storePin();
    const fs = refusingWrites('EROFS');
    const { sessions } = open(fs);
    await refusal(sessions.signIn(WRONG));
    await storePin('7654321');
    await expect(sessions.signIn('7654321')).resolves.toMatchObject({
      token: expect.any(String),
    });
  });
});

describe('a clock that was wrong', () => {
  it('never leaves the pad locked for longer than the longest lockout from now', async () => {
    await storePin();
    const real = clock;
    clock += 365 * 24 * 60 * MINUTE;
    await wrongPins(open(), 5);
    clock = real;
    const admin = open();
    expect(await admin.sessions.status()).toMatchObject({ lockedUntil: real + 60 * MINUTE });
    expect(await refusal(admin.sessions.signIn(PIN))).toMatchObject({
      code: 'forbidden',
      message: 'Too many wrong PINs. The PIN pad is locked for 60 more minutes.',
    });
    // The shorter lockout is saved, so a restart does not bring the year back.
    expect(await onDisk()).toMatchObject({ lockedUntil: real + 60 * MINUTE });
    clock += 30 * MINUTE;
    expect(await open().sessions.status()).toMatchObject({ lockedUntil: real + 60 * MINUTE });
    clock += 30 * MINUTE;
    await expect(admin.sessions.signIn(PIN)).resolves.toMatchObject({ token: expect.any(String) });
  });
});

describe('a PIN change', () => {
  it('ends every session, even when set-pin ran in another process', async () => {
    await storePin();
    const { sessions, audit } = open();
    const { token } = await sessions.signIn(PIN);
    await expect(sessions.require(token)).resolves.toMatchObject({ startedAt: clock });
    await storePin('7654321');
    await expect(sessions.require(token)).rejects.toMatchObject({
      code: 'unauthorized',
      message: 'The admin PIN was changed, so this session ended. Enter the PIN to continue.',
    });
    await expect(sessions.require(token)).rejects.toMatchObject({ message: NOT_SIGNED_IN });
    await audit.read();
    expect(await auditActions()).toEqual(['pin-set', 'sign-in', 'pin-set', 'session-expired']);
  });
});

describe('files holding the PIN hash and the audit log', () => {
  it.skipIf(process.platform === 'win32')(
    'are created for the kiosk’s account only: 0600, in a 0700 folder',
    async () => {
      const folder = join(dataDir, 'new-folder');
      await setPin({ dataDir: folder, pin: PIN, log, now, scrypt: CHEAP });
      const mode = async (path: string) => (await stat(path)).mode & 0o777;
      expect(await mode(folder)).toBe(0o700);
      expect(await mode(securityFilePath(folder))).toBe(0o600);
      expect(await mode(join(folder, AUDIT_FILE))).toBe(0o600);
    },
  );
});

describe('security.json deleted under a policy PIN', () => {
  const POLICY_PIN = '99887766';
  const underPolicy = async (newDataFolder: boolean) =>
    createAdminServices({
      dataDir,
      log,
      now,
      policyPinHash: await hashPin(POLICY_PIN, CHEAP),
      newDataFolder,
    });

  it('does not reset the lockout: a missing file counts as the longest lockout', async () => {
    const admin = await underPolicy(true);
    await admin.sessions.status();
    await wrongPins(admin, 5);
    await unlink(securityFilePath(dataDir));
    const restarted = await underPolicy(false);
    expect(await refusal(restarted.sessions.signIn(POLICY_PIN))).toMatchObject({
      code: 'forbidden',
      message: 'Too many wrong PINs. The PIN pad is locked for 60 more minutes.',
    });
    expect(await onDisk()).toMatchObject({ lockedUntil: clock + 60 * MINUTE });
    expect(log.lines.filter((line) => line.level === 'error').at(-1)?.message).toBe(
      `${securityFilePath(dataDir)} is missing, though the kiosk keeps its PIN lockout there: the PIN pad is locked for an hour, as after repeated wrong PINs, so that deleting the file never resets a lockout.`,
    );
    expect((await auditActions()).at(-1)).toBe('lockout');
  });

  it('does not reset it while the kiosk runs either', async () => {
    const admin = await underPolicy(false);
    await writeSecurityState(
      { dataDir, fs: nodeDurableFs, platform: process.platform },
      { pinHash: null, failedAttempts: 0, lockedUntil: null, lockoutCount: 0 },
    );
    await admin.sessions.status();
    await unlink(securityFilePath(dataDir));
    expect(await admin.sessions.status()).toMatchObject({ lockedUntil: clock + 60 * MINUTE });
  });

  it('locks the pad even when the file goes while a PIN is being checked', async () => {
    await writeSecurityState(
      { dataDir, fs: nodeDurableFs, platform: process.platform },
      { pinHash: null, failedAttempts: 0, lockedUntil: null, lockoutCount: 0 },
    );
    let reads = 0;
    const fs: DurableFs = {
      ...nodeDurableFs,
      async readText(path) {
        // The second read is the one just before a wrong PIN is counted.
        if (path === securityFilePath(dataDir) && ++reads === 2) await unlink(path);
        return nodeDurableFs.readText(path);
      },
    };
    const admin = createAdminServices({
      dataDir,
      log,
      now,
      fs,
      policyPinHash: await hashPin(POLICY_PIN, CHEAP),
    });
    expect(await refusal(admin.sessions.signIn(WRONG))).toMatchObject({
      code: 'forbidden',
      message: 'Too many wrong PINs. The PIN pad is locked for 60 more minutes.',
    });
    expect(await onDisk()).toMatchObject({ lockedUntil: clock + 60 * MINUTE });
  });

  it('is no lockout in a new data folder, where there never was one', async () => {
    const admin = await underPolicy(true);
    await expect(admin.sessions.signIn(POLICY_PIN)).resolves.toMatchObject({
      token: expect.any(String),
    });
  });
});
