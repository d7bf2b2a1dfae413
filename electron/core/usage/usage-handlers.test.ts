import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { usageOperations } from '../../contract/usage-schema.ts';
import { createAdminServices, type AdminServices } from '../admin/admin-services.ts';
import { setPin } from '../admin/set-pin.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { createUsageHandlers } from './usage-handlers.ts';
import { createUsageStore, type UsageStore } from './usage-store.ts';
import { refusal } from '../test-support/refusal.ts';

const PIN = '30405060';

let dataDir: string;
let clock: number;
let admin: AdminServices;
let usage: UsageStore;
let handlers: ReturnType<typeof createUsageHandlers>;
let token: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'usage-handlers-'));
  clock = new Date(2026, 11, 3, 10, 0).getTime();
  const log = createRecordingLogger();
  const now = () => clock;
  await setPin({ dataDir, pin: PIN, log, now, scrypt: { N: 1024, r: 8, p: 1 } });
  admin = createAdminServices({ dataDir, log, now });
  usage = await createUsageStore({
    dataDir,
    log,
    now,
    programIds: () => new Set(['contracts']),
    programTitles: () => new Map([['contracts', 'Contracts']]),
  });
  handlers = createUsageHandlers(usage, admin);
  ({ token } = await admin.sessions.signIn(PIN));
});
afterEach(async () => {
  await usage.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the usage operations', () => {
  it('count for a visitor with no session, and read back for staff', async () => {
    expect(
      await handlers.countUsage({ counts: [{ kind: 'screen', key: 'home' }] }),
    ).toBeUndefined();
    await handlers.countUsage({ counts: [{ kind: 'language', key: 'es' }] });
    const report = await handlers.readUsage({ token });
    expect(usageOperations.readUsage.output.parse(report)).toEqual(report);
    expect(report).toEqual({
      enabled: true,
      days: [
        {
          date: '2026-12-03',
          counts: { screen: { home: 1 }, program: {}, language: { es: 1 }, feature: {} },
        },
      ],
      programTitles: {},
    });
  });

  it('name each counted program by its title for staff', async () => {
    await handlers.countUsage({ counts: [{ kind: 'program', key: 'contracts' }] });
    expect((await handlers.readUsage({ token })).programTitles).toEqual({ contracts: 'Contracts' });
  });

  it('refuse reading, exporting and the switch without a live session', async () => {
    for (const call of [
      handlers.readUsage({ token: 'guess' }),
      handlers.exportUsageCsv({ token: 'guess' }),
      handlers.setUsageCounting({ token: 'guess', enabled: false, initials: 'JD' }),
    ]) {
      expect(await refusal(call)).toMatchObject({ code: 'unauthorized' });
    }
    expect(usage.read().enabled).toBe(true);
  });

  it('turn counting off and on, recording each in the audit log with the initials', async () => {
    expect(await handlers.setUsageCounting({ token, enabled: false, initials: 'JD' })).toEqual({
      enabled: false,
    });
    await handlers.countUsage({ counts: [{ kind: 'screen', key: 'home' }] });
    expect(usage.read()).toEqual({ enabled: false, days: [] });
    await handlers.setUsageCounting({ token, enabled: true, initials: 'AM' });
    const { entries } = await admin.audit.read();
    expect(entries.slice(0, 2)).toMatchObject([
      { action: 'settings-changed', initials: 'AM', detail: 'Usage counts turned on' },
      { action: 'settings-changed', initials: 'JD', detail: 'Usage counts turned off' },
    ]);
  });

  it('export the counts as CSV named for the day', async () => {
    await handlers.countUsage({ counts: [{ kind: 'program', key: 'contracts' }] });
    const file = await handlers.exportUsageCsv({ token });
    expect(usageOperations.exportUsageCsv.output.parse(file)).toEqual(file);
    expect(file).toEqual({
      fileName: 'kiosk-usage-2026-12-03.csv',
      text: 'date,kind,key,name,count\r\n2026-12-03,program,contracts,Contracts,1\r\n',
    });
  });

  it('leave counting as it was when the audit log cannot record the switch', async () => {
    await rm(join(dataDir, 'audit.jsonl'), { force: true });
    await mkdir(join(dataDir, 'audit.jsonl'));
    const error = await refusal(
      handlers.setUsageCounting({ token, enabled: false, initials: 'JD' }),
    );
    expect({ code: error.code, message: error.message }).toEqual({
      code: 'unavailable',
      message:
        'Usage counting was not turned off: the kiosk writes every change in its audit log before making it, and the audit log cannot be written (it is a folder, not a file (EISDIR)). Please tell IT.',
    });
    expect(usage.read().enabled).toBe(true);
  });

  it('refuse a count of a name the kiosk does not have, and count nothing of that call', async () => {
    const error = await refusal(
      handlers.countUsage({
        counts: [
          { kind: 'screen', key: 'home' },
          { kind: 'feature', key: 'flood-000001' },
          { kind: 'program', key: 'no-such-program' },
        ],
      }),
    );
    expect(error.toBody()).toEqual({
      code: 'bad_request',
      message: 'The kiosk does not count these names; nothing was counted.',
      issues: ['feature “flood-000001”', 'program “no-such-program”'],
    });
    expect(usage.read().days).toEqual([]);
  });

  it('say in the audit log when a recorded switch then could not be saved', async () => {
    await rm(join(dataDir, 'usage.json'), { force: true });
    await mkdir(join(dataDir, 'usage.json'));
    const blocked = await createUsageStore({
      dataDir,
      log: createRecordingLogger(),
      now: () => clock,
    });
    const handlersOnBlocked = createUsageHandlers(blocked, admin);
    await refusal(handlersOnBlocked.setUsageCounting({ token, enabled: false, initials: 'JD' }));
    const { entries } = await admin.audit.read();
    expect(entries.slice(0, 2)).toMatchObject([
      {
        action: 'settings-changed',
        initials: 'JD',
        detail: expect.stringMatching(/^Usage counts were not turned off: /),
      },
      { action: 'settings-changed', initials: 'JD', detail: 'Usage counts turned off' },
    ]);
    await blocked.close();
  });
});
