import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashPin } from '../admin/pin-hash.ts';
import { SECURITY_FILE } from '../admin/security-file.ts';
import { readPolicy } from './read-policy.ts';
import { refusal } from '../test-support/refusal.ts';
import { FAST_SCRYPT, STAFF_PIN, usePolicyCore } from './use-policy-core.ts';

const fixture = usePolicyCore();
const IT_PIN = '99887766';

const securityFile = async () =>
  JSON.parse(await readFile(join(fixture.dataDir, SECURITY_FILE), 'utf8')) as {
    pinHash: string | null;
    failedAttempts: number;
    lockedUntil: number | null;
  };

describe('admin sign-in under a policy PIN', () => {
  it('checks the policy’s hash, not the one set-pin stored', async () => {
    await fixture.storePin();
    const core = await fixture.open({ adminPinHash: await hashPin(IT_PIN, FAST_SCRYPT) });
    expect(await refusal(core.invoke('adminSignIn', { pin: STAFF_PIN }))).toMatchObject({
      code: 'unauthorized',
      message: 'That PIN is not right. 4 tries left before the PIN pad locks.',
    });
    await expect(core.invoke('adminSignIn', { pin: IT_PIN })).resolves.toMatchObject({
      token: expect.any(String),
    });
  });

  it('opens admin with no security.json at all, keeping the counters there', async () => {
    const core = await fixture.open({ adminPinHash: await hashPin(IT_PIN, FAST_SCRYPT) });
    expect(await core.invoke('adminStatus', undefined)).toEqual({
      pinSet: true,
      lockedUntil: null,
      attemptsLeft: 5,
      problems: [],
      central: null,
      publisher: null,
    });
    await refusal(core.invoke('adminSignIn', { pin: '12121212' }));
    // The counters are written; the policy's hash is never copied into the file.
    expect(await securityFile()).toMatchObject({ pinHash: null, failedAttempts: 1 });
    await core.invoke('adminSignIn', { pin: IT_PIN });
    expect(await securityFile()).toMatchObject({ pinHash: null, failedAttempts: 0 });
  });

  it('locks the pad after five wrong PINs, and the lock outlives a restart', async () => {
    await fixture.storePin();
    const storedHash = (await securityFile()).pinHash;
    const policy = { adminPinHash: await hashPin(IT_PIN, FAST_SCRYPT) };
    const core = await fixture.open(policy);
    for (let i = 0; i < 5; i++) await refusal(core.invoke('adminSignIn', { pin: STAFF_PIN }));
    const file = await securityFile();
    expect(file.pinHash).toBe(storedHash);
    expect(file.lockedUntil).not.toBeNull();
    await core.close();

    const again = await fixture.open(policy);
    expect(await refusal(again.invoke('adminSignIn', { pin: IT_PIN }))).toMatchObject({
      code: 'forbidden',
      message: 'Too many wrong PINs. The PIN pad is locked for 5 more minutes.',
    });
  });

  it('tells IT to delete a damaged security file rather than run set-pin', async () => {
    await mkdir(fixture.dataDir, { recursive: true });
    await writeFile(join(fixture.dataDir, SECURITY_FILE), '{ not json');
    const core = await fixture.open({ adminPinHash: await hashPin(IT_PIN, FAST_SCRYPT) });
    expect(await refusal(core.invoke('adminSignIn', { pin: IT_PIN }))).toMatchObject({
      code: 'unavailable',
      message:
        "Admin is closed because its security file cannot be read. The PIN comes from IT's policy file, so IT can delete security.json in the kiosk's data folder to clear it; the PIN pad then stays locked for an hour.",
    });
  });

  it('without a policy PIN, the stored one still works', async () => {
    await fixture.storePin();
    const core = await fixture.open({ usageCounts: true });
    await expect(core.invoke('adminSignIn', { pin: STAFF_PIN })).resolves.toMatchObject({
      token: expect.any(String),
    });
  });
});

describe('one key of the policy that cannot be used', () => {
  it('leaves the policy’s PIN in force: the older staff PIN does not sign in', async () => {
    await fixture.storePin();
    const path = join(fixture.dataDir, '..', 'policy.json');
    const adminPinHash = await hashPin(IT_PIN, FAST_SCRYPT);
    await writeFile(path, JSON.stringify({ adminPinHash, idleTimeoutSeconds: { min: 1, max: 2 } }));
    const core = await fixture.open(readPolicy(path, 'linux'));
    expect(await refusal(core.invoke('adminSignIn', { pin: STAFF_PIN }))).toMatchObject({
      code: 'unauthorized',
    });
    await expect(core.invoke('adminSignIn', { pin: IT_PIN })).resolves.toMatchObject({
      token: expect.any(String),
    });
  });

  it('keeps admin shut when it is the PIN hash: the older staff PIN does not open it', async () => {
    await fixture.storePin();
    const path = join(fixture.dataDir, '..', 'policy.json');
    const weak = await hashPin(IT_PIN, { N: 2, r: 8, p: 1 });
    await writeFile(path, JSON.stringify({ adminPinHash: weak, languages: ['es'] }));
    const core = await fixture.open(readPolicy(path, 'linux'));
    const closed =
      "Admin is closed because the PIN hash in IT's policy file cannot be used. IT needs to fix adminPinHash in policy.json.";
    for (const pin of [STAFF_PIN, IT_PIN]) {
      expect(await refusal(core.invoke('adminSignIn', { pin }))).toMatchObject({
        code: 'unavailable',
        message: closed,
      });
    }
    expect(await core.invoke('adminStatus', undefined)).toMatchObject({
      pinSet: false,
      problems: expect.arrayContaining([closed]) as string[],
    });
    // The keys that are right still apply.
    expect((await core.invoke('readKioskPolicy', undefined)).languages).toEqual(['es']);
  });
});

describe('security.json under a policy PIN', () => {
  it('is written when the data folder is new, so deleting it later cannot reset a lockout', async () => {
    const policy = { adminPinHash: await hashPin(IT_PIN, FAST_SCRYPT) };
    const core = await fixture.open(policy);
    expect(await securityFile()).toMatchObject({ pinHash: null, failedAttempts: 0 });
    for (let i = 0; i < 5; i++) await refusal(core.invoke('adminSignIn', { pin: STAFF_PIN }));
    await core.close();
    await rm(join(fixture.dataDir, SECURITY_FILE));

    const again = await fixture.open(policy);
    expect(await refusal(again.invoke('adminSignIn', { pin: IT_PIN }))).toMatchObject({
      code: 'forbidden',
      message: 'Too many wrong PINs. The PIN pad is locked for 60 more minutes.',
    });
  });
});
