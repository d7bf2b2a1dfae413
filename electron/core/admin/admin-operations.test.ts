import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { operations } from '../../contract/api.ts';
import type { KioskCore } from '../kiosk-core-types.ts';
import { openKioskCore } from '../open-kiosk-core.ts';
import { makeContent } from '../test-support/make-content.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { AUDIT_FILE } from './audit-log.ts';
import { setPin } from './set-pin.ts';
import { refusal } from '../test-support/refusal.ts';

const PIN = '30405060';
const MINUTE = 60_000;

let dir: string;
let dataDir: string;
let clock: number;
let log: ReturnType<typeof createRecordingLogger>;
let cores: KioskCore[];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'admin-operations-'));
  dataDir = join(dir, 'data');
  await writeFile(join(dir, 'default.json'), JSON.stringify(makeContent('Default')));
  clock = Date.UTC(2026, 10, 24, 10, 0);
  log = createRecordingLogger();
  cores = [];
});
afterEach(async () => {
  await Promise.all(cores.map((core) => core.close()));
  await rm(dir, { recursive: true, force: true });
});

async function open(): Promise<KioskCore> {
  const core = await openKioskCore({
    dataDir,
    defaultContentPath: join(dir, 'default.json'),
    log,
    now: () => clock,
  });
  cores.push(core);
  return core;
}

const storePin = (pin = PIN) =>
  setPin({ dataDir, pin, log, now: () => clock, scrypt: { N: 1024, r: 8, p: 1 } });

describe('the admin operations of the kiosk core', () => {
  it('sign in, read the audit log newest first, and sign out', async () => {
    await storePin();
    const core = await open();
    expect(await core.invoke('adminStatus', undefined)).toEqual({
      pinSet: true,
      lockedUntil: null,
      attemptsLeft: 5,
      problems: [],
      central: null,
      publisher: null,
    });
    const { token, expiresAt } = await core.invoke('adminSignIn', { pin: PIN });
    expect(expiresAt).toBe(clock + 3 * MINUTE);
    const page = await core.invoke('readAuditLog', { token, limit: 1 });
    expect(operations.readAuditLog.output.parse(page)).toEqual(page);
    expect(page).toEqual({
      entries: [{ id: 2, time: '2026-11-24T10:00:00.000Z', action: 'sign-in' }],
      nextBefore: 2,
    });
    await core.invoke('adminSignOut', { token });
    expect(await refusal(core.invoke('readAuditLog', { token }))).toMatchObject({
      code: 'unauthorized',
    });
  });

  it('refuse the audit log without a live session', async () => {
    await storePin();
    const core = await open();
    expect(await refusal(core.invoke('readAuditLog', { token: 'guess' }))).toMatchObject({
      code: 'unauthorized',
      message: 'Admin is signed out. Enter the PIN to continue.',
    });
    expect(await refusal(core.invoke('readAuditLog', {}))).toMatchObject({
      code: 'bad_request',
      issues: ['token: Sign in to admin first.'],
    });
    const { token } = await core.invoke('adminSignIn', { pin: PIN });
    clock += 3 * MINUTE;
    expect(await refusal(core.invoke('readAuditLog', { token }))).toMatchObject({
      message: 'The admin session ended after 3 minutes without use. Enter the PIN to continue.',
    });
  });

  it('validate their input in plain words, never repeating a PIN', async () => {
    const core = await open();
    await storePin();
    const wrongType = await refusal(core.invoke('adminSignIn', { pin: 30405060 }));
    expect(wrongType).toMatchObject({
      code: 'bad_request',
      issues: ['pin: Type the PIN with the digit buttons.'],
    });
    const extra = await refusal(core.invoke('adminSignIn', { pin: PIN, remember: true }));
    expect(extra.code).toBe('bad_request');
    const badForm = await refusal(core.invoke('adminSignIn', { pin: '30405' }));
    expect(badForm).toMatchObject({
      code: 'bad_request',
      message: 'The PIN must be 6 to 12 digits.',
    });
    const wrong = await refusal(core.invoke('adminSignIn', { pin: '99999999' }));
    expect(wrong.code).toBe('unauthorized');
    expect(await refusal(core.invoke('readAuditLog', { token: 'x', limit: 500 }))).toMatchObject({
      issues: ['limit: limit must be 200 or fewer.'],
    });
    const said = JSON.stringify([wrongType, badForm, wrong].map((error) => error.toBody()));
    expect(said).not.toMatch(/30405060|30405|99999999/);
    expect(JSON.stringify(log.lines)).not.toMatch(/30405060|99999999/);
  });

  it('keep a lockout across a restart of the core', async () => {
    await storePin();
    const first = await open();
    for (let i = 0; i < 5; i++)
      await first.invoke('adminSignIn', { pin: '10101010' }).catch(() => undefined);
    await first.close();
    const second = await open();
    expect(await second.invoke('adminStatus', undefined)).toEqual({
      pinSet: true,
      lockedUntil: clock + 5 * MINUTE,
      attemptsLeft: 0,
      problems: [],
      central: null,
      publisher: null,
    });
    expect(await refusal(second.invoke('adminSignIn', { pin: PIN }))).toMatchObject({
      code: 'forbidden',
    });
  });

  it('take a PIN set while the core runs at once, lockout cleared', async () => {
    const core = await open();
    expect(await core.invoke('adminStatus', undefined)).toMatchObject({ pinSet: false });
    await storePin('11112222');
    for (let i = 0; i < 5; i++)
      await core.invoke('adminSignIn', { pin: '10101010' }).catch(() => undefined);
    await storePin();
    await expect(core.invoke('adminSignIn', { pin: PIN })).resolves.toMatchObject({
      expiresAt: clock + 3 * MINUTE,
    });
    const audit = await readFile(join(dataDir, AUDIT_FILE), 'utf8');
    expect(audit).not.toMatch(/30405060|11112222|10101010/);
  });
});
