import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { operations } from '../../contract/api.ts';
import { ApiError } from '../../contract/errors.ts';
import type { KioskCore } from '../kiosk-core-types.ts';
import { openKioskCore } from '../open-kiosk-core.ts';
import { makeContent } from '../test-support/make-content.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { CANNOT_QUIT, createAdminHandlers } from './admin-handlers.ts';
import type { AdminServices } from './admin-services.ts';
import type { AuditRecord } from './audit-log.ts';
import { setPin } from './set-pin.ts';

const PIN = '30405060';
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Admin services that accept one token and keep audit lines in memory. */
function stubServices(appendFails = false): AdminServices & { records: AuditRecord[] } {
  const records: AuditRecord[] = [];
  return {
    records,
    sessions: {
      signIn: () => Promise.reject(new Error('not used')),
      signOut: () => Promise.resolve(),
      status: () => Promise.reject(new Error('not used')),
      async require(token) {
        if (token !== 'good') throw new ApiError('unauthorized', 'Admin is signed out.');
        return { startedAt: 0, expiresAt: 1 };
      },
    },
    audit: {
      async append(record) {
        if (appendFails) throw new Error('Could not add to the audit log: the disk is full.');
        records.push(record);
      },
      read: () => Promise.reject(new Error('not used')),
    },
  };
}

describe('quitKiosk', () => {
  it('records who quit, answers, and only then asks the shell to quit', async () => {
    const services = stubServices();
    const order: string[] = [];
    const handlers = createAdminHandlers(services, { requestQuit: () => order.push('quit') });
    const answer = await handlers.quitKiosk({ token: 'good', initials: 'JD' });
    order.push('answered');
    expect(answer).toBeUndefined();
    expect(services.records).toEqual([{ action: 'kiosk-quit', initials: 'JD' }]);
    expect(order).toEqual(['answered']);
    await nextTurn();
    expect(order).toEqual(['answered', 'quit']);
  });

  it('refuses without a live admin session, and nothing is quit or recorded', async () => {
    const services = stubServices();
    let quits = 0;
    const handlers = createAdminHandlers(services, { requestQuit: () => void quits++ });
    await expect(handlers.quitKiosk({ token: 'stale', initials: 'JD' })).rejects.toMatchObject({
      code: 'unauthorized',
    });
    await nextTurn();
    expect(quits).toBe(0);
    expect(services.records).toEqual([]);
  });

  it('stays open when the audit log cannot record who quit', async () => {
    let quits = 0;
    const handlers = createAdminHandlers(stubServices(true), { requestQuit: () => void quits++ });
    await expect(handlers.quitKiosk({ token: 'good', initials: 'JD' })).rejects.toMatchObject({
      code: 'unavailable',
      message:
        'The kiosk was not quit: the kiosk writes every change in its audit log before making it, and the audit log cannot be written (Could not add to the audit log: the disk is full.). Please tell IT.',
    });
    await nextTurn();
    expect(quits).toBe(0);
  });

  it('says so in plain words where the shell gave no way to quit', async () => {
    const services = stubServices();
    const handlers = createAdminHandlers(services);
    await expect(handlers.quitKiosk({ token: 'good', initials: 'JD' })).rejects.toMatchObject({
      code: 'unavailable',
      message: CANNOT_QUIT,
    });
    expect(services.records).toEqual([]);
  });
});

describe('quitKiosk through the kiosk core', () => {
  let dir: string;
  let core: KioskCore | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'admin-quit-'));
    await writeFile(join(dir, 'default.json'), JSON.stringify(makeContent('Default')));
    core = undefined;
  });
  afterEach(async () => {
    await core?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function open(requestQuit?: () => void): Promise<KioskCore> {
    const log = createRecordingLogger();
    const dataDir = join(dir, 'data');
    await setPin({ dataDir, pin: PIN, log, scrypt: { N: 1024, r: 8, p: 1 } });
    core = await openKioskCore({
      dataDir,
      defaultContentPath: join(dir, 'default.json'),
      log,
      ...(requestQuit === undefined ? {} : { requestQuit }),
    });
    return core;
  }

  it('reaches the shell’s requestQuit and leaves a kiosk-quit line in the audit log', async () => {
    let quits = 0;
    const kiosk = await open(() => void quits++);
    const { token } = await kiosk.invoke('adminSignIn', { pin: PIN });
    const answer = await kiosk.invoke('quitKiosk', { token, initials: ' am ' });
    expect(operations.quitKiosk.output.parse(answer)).toBeUndefined();
    await nextTurn();
    expect(quits).toBe(1);
    const { entries } = await kiosk.invoke('readAuditLog', { token, limit: 1 });
    expect(entries).toEqual([expect.objectContaining({ action: 'kiosk-quit', initials: 'am' })]);
  });

  it('checks the initials as publishing does', async () => {
    let quits = 0;
    const kiosk = await open(() => void quits++);
    const { token } = await kiosk.invoke('adminSignIn', { pin: PIN });
    await expect(kiosk.invoke('quitKiosk', { token, initials: 'J' })).rejects.toMatchObject({
      code: 'bad_request',
      issues: ['initials: Initials are 2 to 4 letters, e.g. JD.'],
    });
    await expect(kiosk.invoke('quitKiosk', { token })).rejects.toMatchObject({
      code: 'bad_request',
    });
    await nextTurn();
    expect(quits).toBe(0);
  });

  it('cannot quit a core opened without a way to quit', async () => {
    const kiosk = await open();
    const { token } = await kiosk.invoke('adminSignIn', { pin: PIN });
    await expect(kiosk.invoke('quitKiosk', { token, initials: 'JD' })).rejects.toMatchObject({
      code: 'unavailable',
    });
  });
});
