import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../contract/errors.ts';
import { usageOperations } from '../../contract/usage-schema.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { fileTimestamp } from '../store/move-aside.ts';
import { createScriptedFs, errnoError, type ScriptedFs } from '../test-support/scripted-fs.ts';
import { USAGE_FILE } from './usage-file.ts';
import { createUsageStore, USAGE_SAVE_DELAY_MS, type UsageStore } from './usage-store.ts';

const DAY = 24 * 60 * 60_000;
const NONE = { screen: {}, program: {}, language: {}, feature: {} };

let dataDir: string;
let clock: number;
let fs: ScriptedFs;
let log: ReturnType<typeof createRecordingLogger>;
let stores: UsageStore[];
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'usage-store-'));
  // Local time: a day is the lobby's calendar day, whatever zone the machine is in.
  clock = new Date(2026, 11, 3, 10, 0).getTime();
  fs = createScriptedFs();
  log = createRecordingLogger();
  stores = [];
});
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(stores.map((store) => store.close()));
  await rm(dataDir, { recursive: true, force: true });
});

async function open(): Promise<UsageStore> {
  const store = await createUsageStore({ dataDir, now: () => clock, fs, log, platform: 'linux' });
  stores.push(store);
  return store;
}

const path = () => join(dataDir, USAGE_FILE);
const onDisk = async (): Promise<unknown> => JSON.parse(await readFile(path(), 'utf8'));
const saves = () => fs.calls.filter((call) => call.op === 'rename' && call.to === path()).length;

describe('createUsageStore', () => {
  it('starts empty with counting on, and writes nothing until something is counted', async () => {
    const store = await open();
    await store.flush();
    expect(store.read()).toEqual({ enabled: true, days: [] });
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('counts per kind and key for the local day, and reads the days oldest first', async () => {
    const store = await open();
    store.count('screen', 'home');
    store.count('screen', 'home');
    store.count('program', 'contracts');
    clock += DAY;
    store.count('language', 'es');
    store.count('feature', 'text-size');
    const report = store.read();
    expect(usageOperations.readUsage.output.parse(report)).toEqual(report);
    expect(report).toEqual({
      enabled: true,
      days: [
        { date: '2026-12-03', counts: { ...NONE, screen: { home: 2 }, program: { contracts: 1 } } },
        {
          date: '2026-12-04',
          counts: { ...NONE, language: { es: 1 }, feature: { 'text-size': 1 } },
        },
      ],
    });
  });

  it('takes the day from the local clock: 23:59 and 00:01 are two days', async () => {
    const store = await open();
    clock = new Date(2026, 11, 31, 23, 59).getTime();
    store.count('screen', 'home');
    clock = new Date(2027, 0, 1, 0, 1).getTime();
    store.count('screen', 'home');
    expect(store.read().days.map((day) => day.date)).toEqual(['2026-12-31', '2027-01-01']);
    expect(store.today()).toBe('2027-01-01');
  });

  it('keeps the counts across a restart', async () => {
    const first = await open();
    first.count('screen', 'search');
    first.count('screen', 'search');
    await first.close();
    const second = await open();
    second.count('screen', 'search');
    expect(second.read().days).toEqual([
      { date: '2026-12-03', counts: { ...NONE, screen: { search: 3 } } },
    ]);
    await second.flush();
    expect(await onDisk()).toEqual({
      enabled: true,
      days: { '2026-12-03': { ...NONE, screen: { search: 3 } } },
    });
  });

  it('refuses anything that is not a lower-case name, so no free text is ever kept', async () => {
    const store = await open();
    store.count('screen', 'Maria Lopez 555-0100');
    store.count('screen', '');
    store.count('program', 'constructor');
    expect(store.read().days).toEqual([
      { date: '2026-12-03', counts: { ...NONE, program: { constructor: 1 } } },
    ]);
  });

  it('sorts keys, so reads and exports come out the same every time', async () => {
    const store = await open();
    for (const key of ['phones', 'home', 'search', 'attract']) store.count('screen', key);
    expect(Object.keys(store.read().days[0]!.counts.screen)).toEqual([
      'attract',
      'home',
      'phones',
      'search',
    ]);
  });
});

describe('saving', () => {
  beforeEach(() => {
    // Only the save timer is faked: the real disk answers as it always does.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });

  it('saves at most once per 5 seconds however many taps come in', async () => {
    const store = await open();
    for (let i = 0; i < 100; i++) store.count('screen', 'home');
    await vi.advanceTimersByTimeAsync(USAGE_SAVE_DELAY_MS - 1);
    expect(saves()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    await store.flush();
    expect(saves()).toBe(1);
    expect(await onDisk()).toMatchObject({ days: { '2026-12-03': { screen: { home: 100 } } } });

    store.count('screen', 'privacy');
    await vi.advanceTimersByTimeAsync(USAGE_SAVE_DELAY_MS);
    await store.flush();
    expect(saves()).toBe(2);
    await vi.advanceTimersByTimeAsync(10 * USAGE_SAVE_DELAY_MS);
    expect(saves()).toBe(2);
  });

  it('saves at once on flush and on close, and counts nothing after close', async () => {
    const store = await open();
    store.count('screen', 'home');
    await store.flush();
    expect(saves()).toBe(1);
    store.count('screen', 'phones');
    await store.close();
    expect(saves()).toBe(2);
    store.count('screen', 'home');
    await vi.advanceTimersByTimeAsync(USAGE_SAVE_DELAY_MS);
    expect(saves()).toBe(2);
    expect(await onDisk()).toMatchObject({
      days: { '2026-12-03': { screen: { home: 1, phones: 1 } } },
    });
  });

  it('writes durably: a temp file, fsync, rename, then the folder is forced to disk', async () => {
    const store = await open();
    store.count('screen', 'home');
    await store.flush();
    const ops = fs.calls.map((call) => call.op).filter((op) => op !== 'mkdir' && op !== 'readText');
    expect(ops).toEqual(['open', 'write', 'sync', 'close', 'rename', 'open', 'sync', 'close']);
  });

  it('logs a failed save once, keeps the counts, and saves them when the disk is back', async () => {
    const store = await open();
    fs.failWhen((call) => call.op === 'sync', errnoError('ENOSPC', 'fsync', path()));
    store.count('screen', 'home');
    await vi.advanceTimersByTimeAsync(USAGE_SAVE_DELAY_MS);
    await store.flush();
    store.count('screen', 'home');
    await vi.advanceTimersByTimeAsync(USAGE_SAVE_DELAY_MS);
    await store.flush();
    expect(log.lines.filter((line) => line.level === 'error')).toHaveLength(1);
    expect(log.lines[0]!.message).toContain('the disk is full (ENOSPC)');

    fs.clearFailures();
    await store.flush();
    expect(await onDisk()).toMatchObject({ days: { '2026-12-03': { screen: { home: 2 } } } });
    expect(log.lines.at(-1)).toMatchObject({ level: 'info' });
  });
});

describe('the 90 days kept', () => {
  it('drops a day once it is more than 90 days old, from reads and from the file', async () => {
    const store = await open();
    store.count('screen', 'home');
    clock += DAY;
    store.count('screen', 'search');
    clock = new Date(2027, 2, 2, 10, 0).getTime(); // 2026-12-03 + 89 days: the 90th day kept
    expect(store.read().days.map((day) => day.date)).toEqual(['2026-12-03', '2026-12-04']);
    clock = new Date(2027, 2, 3, 10, 0).getTime();
    expect(store.read().days.map((day) => day.date)).toEqual(['2026-12-04']);
    store.count('screen', 'home');
    await store.flush();
    expect(Object.keys(((await onDisk()) as { days: object }).days)).toEqual([
      '2026-12-04',
      '2027-03-03',
    ]);
  });

  it('drops old days found in the file when it opens', async () => {
    await writeFile(
      path(),
      JSON.stringify({
        enabled: true,
        days: {
          '2026-01-01': { screen: { home: 5 } },
          '2026-11-30': { feature: { 'read-aloud': 2 } },
        },
      }),
    );
    const store = await open();
    expect(store.read().days).toEqual([
      { date: '2026-11-30', counts: { ...NONE, feature: { 'read-aloud': 2 } } },
    ]);
  });
});

describe('turning counting off and on', () => {
  it('saves the setting at once, then counts and writes nothing while off', async () => {
    const store = await open();
    store.count('screen', 'home');
    await store.setEnabled(false);
    expect(await onDisk()).toEqual({
      enabled: false,
      days: { '2026-12-03': { ...NONE, screen: { home: 1 } } },
    });
    const before = fs.calls.length;
    store.count('screen', 'home');
    store.count('language', 'es');
    await store.flush();
    expect(fs.calls.length).toBe(before);
    // Days already counted stay readable while off.
    expect(store.read()).toEqual({
      enabled: false,
      days: [{ date: '2026-12-03', counts: { ...NONE, screen: { home: 1 } } }],
    });
  });

  it('stays off after a restart, and the days kept while off still age out', async () => {
    const first = await open();
    first.count('screen', 'home');
    await first.setEnabled(false);
    await first.close();
    clock += 90 * DAY;
    const second = await open();
    expect(second.read()).toEqual({ enabled: false, days: [] });
  });

  it('counts again once turned back on', async () => {
    const store = await open();
    await store.setEnabled(false);
    await store.setEnabled(true);
    store.count('screen', 'phones');
    expect(store.read().days).toHaveLength(1);
  });

  it('changes nothing, and says so, when the setting cannot be saved', async () => {
    const store = await open();
    fs.failWhen((call) => call.op === 'open', errnoError('EROFS', 'open', path()));
    const error = await store.setEnabled(false).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'unavailable' });
    expect((error as ApiError).message).toMatch(
      /^The setting could not be saved, so usage counting is still on\. .*read-only \(EROFS\)/,
    );
    expect(store.read().enabled).toBe(true);
  });
});

describe('a usage.json it cannot use', () => {
  it('keeps an unparsable file aside, logs it, and starts again from nothing', async () => {
    await writeFile(path(), '{"enabled": true, "days": {');
    const store = await open();
    expect(store.read()).toEqual({ enabled: true, days: [] });
    const names = await readdir(dataDir);
    expect(names).toEqual([`usage.json.unparsable-${fileTimestamp(new Date(clock))}`]);
    expect(await readFile(join(dataDir, names[0]!), 'utf8')).toBe('{"enabled": true, "days": {');
    expect(log.lines).toMatchObject([{ level: 'warn' }]);
    expect(log.lines[0]!.message).toContain('usage.json is not valid JSON');

    store.count('screen', 'home');
    await store.flush();
    expect(await onDisk()).toMatchObject({ enabled: true });
  });

  it('keeps an invalid file aside, and stays off if it said counting was off', async () => {
    await writeFile(path(), JSON.stringify({ enabled: false, days: { 'last week': {} } }));
    const store = await open();
    expect(store.read()).toEqual({ enabled: false, days: [] });
    expect((await readdir(dataDir))[0]).toMatch(/^usage\.json\.invalid-/);
    expect(log.lines[0]!.message).toContain('usage.json does not match the expected format');
  });

  it('rejects free text found in the file', async () => {
    await writeFile(
      path(),
      JSON.stringify({ enabled: true, days: { '2026-12-03': { screen: { 'Call Ana': 1 } } } }),
    );
    const store = await open();
    expect(store.read().days).toEqual([]);
    expect((await readdir(dataDir))[0]).toMatch(/^usage\.json\.invalid-/);
  });

  it('leaves a file it cannot read alone, and counts in memory only', async () => {
    await writeFile(path(), '{"enabled": true, "days": {}}');
    fs.failWhen((call) => call.op === 'readText', errnoError('EIO', 'read', path()));
    const store = await open();
    expect(log.lines).toMatchObject([{ level: 'error' }]);
    expect(log.lines[0]!.message).toContain('the disk reported a hardware error (EIO)');
    store.count('screen', 'home');
    expect(store.read().days).toHaveLength(1);
    await store.flush();
    await expect(store.setEnabled(false)).rejects.toBeInstanceOf(ApiError);
    expect(fs.calls.filter((call) => call.op === 'open')).toEqual([]);
    expect(await readFile(path(), 'utf8')).toBe('{"enabled": true, "days": {}}');
  });

  it('leaves a damaged file alone when it cannot be moved aside', async () => {
    await writeFile(path(), 'not json');
    fs.failWhen((call) => call.op === 'rename', errnoError('EACCES', 'rename', path()));
    const store = await open();
    store.count('screen', 'home');
    await store.flush();
    expect(log.lines[0]!.message).toContain('could not be kept aside (permission denied (EACCES))');
    expect(await readFile(path(), 'utf8')).toBe('not json');
  });
});

describe('toCsv', () => {
  it('writes a header and one row per count, days oldest first', async () => {
    const store = await open();
    store.count('screen', 'home');
    store.count('screen', 'home');
    store.count('feature', 'high-contrast');
    clock += DAY;
    store.count('program', 'contracts');
    store.count('language', 'es');
    expect(store.toCsv()).toBe(
      [
        'date,kind,key,count',
        '2026-12-03,screen,home,2',
        '2026-12-03,feature,high-contrast,1',
        '2026-12-04,program,contracts,1',
        '2026-12-04,language,es,1',
        '',
      ].join('\r\n'),
    );
  });

  it('is only the header when nothing was counted', async () => {
    expect((await open()).toCsv()).toBe('date,kind,key,count\r\n');
  });
});
