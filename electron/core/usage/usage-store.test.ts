import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../contract/errors.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { fileTimestamp } from '../store/move-aside.ts';
import { createScriptedFs, errnoError, type ScriptedFs } from '../test-support/scripted-fs.ts';
import { USAGE_DAY_MAX, USAGE_FILE } from './usage-file.ts';
import { MAX_PROGRAMS } from '../../contract/content-rules.ts';
import { USAGE_KEPT_DAYS, usageOperations, type UsageKind } from '../../contract/usage-schema.ts';
import { KIOSK_LANGUAGES, SCREEN_NAMES, USAGE_FEATURES } from '../../contract/wire.ts';
import { localDate } from './usage-days.ts';
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

/** The programs the published content has, as the core tells the store. */
let titles: Map<string, string>;
beforeEach(() => {
  titles = new Map([
    ['contracts', 'Contracts'],
    ['library', 'Library Services'],
  ]);
});

async function open(): Promise<UsageStore> {
  const store = await createUsageStore({
    dataDir,
    now: () => clock,
    fs,
    log,
    platform: 'linux',
    programIds: () => new Set(titles.keys()),
    programTitles: () => titles,
  });
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
    const output = { ...report, programTitles: store.programTitles() };
    expect(usageOperations.readUsage.output.parse(output)).toEqual(output);
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
      programTitles: {},
      days: { '2026-12-03': { ...NONE, screen: { search: 3 } } },
    });
  });

  it('counts only the names it knows, so no free text is ever kept', async () => {
    const store = await open();
    store.count('screen', 'Maria Lopez 555-0100');
    store.count('screen', '');
    store.count('program', 'constructor');
    store.count('feature', 'flood-000001');
    store.count('program', 'library');
    expect(store.read().days).toEqual([
      { date: '2026-12-03', counts: { ...NONE, program: { library: 1 } } },
    ]);
  });

  it('knows the screens, languages and features of the kiosk, and the published programs', async () => {
    const store = await open();
    const known = (kind: UsageKind, keys: string[]) => keys.map((key) => store.accepts(kind, key));
    expect(known('screen', ['attract', 'home', 'program', 'privacy', 'search', 'phones'])).toEqual(
      Array(6).fill(true),
    );
    expect(known('language', ['en', 'es', 'fr'])).toEqual([true, true, false]);
    expect(
      known('feature', [
        'text-size',
        'high-contrast',
        'read-aloud',
        'reach-mode',
        'reduced-motion',
        'x',
      ]),
    ).toEqual([true, true, true, true, true, false]);
    expect(known('program', ['contracts', 'library', 'rule-making'])).toEqual([true, true, false]);
    expect(known('screen', ['constructor', '__proto__', 'home-1'])).toEqual([false, false, false]);
  });

  it(`stops counting for the day at ${USAGE_DAY_MAX} counts, says so, and counts again the next day`, async () => {
    const store = await open();
    for (let i = 0; i < USAGE_DAY_MAX + 10; i += 1) store.count('screen', 'home');
    expect(store.read().days[0]!.counts.screen).toEqual({ home: USAGE_DAY_MAX });
    expect(store.problem()).toBe(
      `Usage counting stopped for today after ${USAGE_DAY_MAX} counts, far more than visitors make: a program on this computer may be sending counts. Please tell IT.`,
    );
    expect(log.lines.filter((line) => line.level === 'warn')).toHaveLength(1);
    clock += DAY;
    store.count('screen', 'home');
    expect(store.problem()).toBeNull();
    expect(store.read().days.map((day) => day.counts.screen)).toEqual([
      { home: USAGE_DAY_MAX },
      { home: 1 },
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

describe('usage.json on POSIX', () => {
  it.skipIf(process.platform === 'win32')('is for the kiosk’s account only (0600)', async () => {
    const store = await open();
    store.count('screen', 'home');
    await store.flush();
    expect((await stat(path())).mode & 0o777).toBe(0o600);
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
      programTitles: {},
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
    expect(log.lines[0]!.message).toContain(
      'could not be moved aside (permission denied (EACCES))',
    );
    expect(await readFile(path(), 'utf8')).toBe('not json');
  });
});

describe('a usage.json flooded with names', () => {
  /** The shape a local process made by calling countUsage with any key it liked. */
  async function writeFlood(keys: number): Promise<number> {
    // Written as text: building an object of this many keys takes longer than the test.
    const lines = Array.from(
      { length: keys },
      (_, i) => `        "flood-key-${String(i).padStart(9, '0')}": 1`,
    );
    const text = [
      '{\n  "enabled": true,\n  "days": {\n    "2026-12-02": {\n',
      '      "screen": { "home": 3 },\n      "feature": {\n',
      `${lines.join(',\n')}\n      }\n    }\n  }\n}\n`,
    ].join('');
    await writeFile(path(), text);
    return text.length;
  }

  it('opens the 21 MB flood (657,401 keys) in bounded time, keeps it aside and reads bounded data', async () => {
    const size = await writeFlood(657_401);
    expect(size).toBeGreaterThan(21_000_000);
    const began = performance.now();
    const store = await open();
    const report = store.read();
    const took = performance.now() - began;

    expect(report).toEqual({ enabled: true, days: [] });
    // The old kiosk took 8.5 s to start on this file; parsing it at all takes longer than this.
    expect(took).toBeLessThan(1_000);
    const [aside] = await readdir(dataDir);
    expect(aside).toMatch(/^usage\.json\.invalid-/);
    expect((await stat(join(dataDir, aside!))).size).toBe(size);
  });

  it('reads the largest file the kiosk itself writes: 90 days of every name it counts', async () => {
    const count = 442; // 113 names a day under the cap of counts per day
    const each = (keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, count]));
    const programs = Array.from(
      { length: MAX_PROGRAMS },
      (_, i) => `p${String(i).padStart(63, '0')}`,
    );
    const days = Object.fromEntries(
      Array.from({ length: USAGE_KEPT_DAYS }, (_, i) => [
        localDate(clock - i * DAY),
        {
          screen: each(SCREEN_NAMES),
          program: each(programs),
          language: each(KIOSK_LANGUAGES),
          feature: each(USAGE_FEATURES),
        },
      ]),
    );
    await writeFile(path(), JSON.stringify({ enabled: true, days }, null, 2));
    const store = await open();
    expect(store.read().days).toHaveLength(USAGE_KEPT_DAYS);
    expect(await readdir(dataDir)).toEqual([USAGE_FILE]);
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
        'date,kind,key,name,count',
        '2026-12-03,screen,home,Home,2',
        '2026-12-03,feature,high-contrast,High contrast,1',
        '2026-12-04,program,contracts,Contracts,1',
        '2026-12-04,language,es,Spanish,1',
        '',
      ].join('\r\n'),
    );
  });

  it('is only the header when nothing was counted', async () => {
    expect((await open()).toCsv()).toBe('date,kind,key,name,count\r\n');
  });
});

describe('program titles', () => {
  it('names each counted program by its published title', async () => {
    const store = await open();
    store.count('program', 'contracts');
    store.count('screen', 'home');
    expect(store.programTitles()).toEqual({ contracts: 'Contracts' });
  });

  it('keeps a removed program’s last title, across a restart, for as long as its counts', async () => {
    const store = await open();
    store.count('program', 'contracts');
    titles.set('contracts', 'Contracts Program');
    expect(store.programTitles()).toEqual({ contracts: 'Contracts Program' });
    titles.delete('contracts');
    await store.close();
    const again = await open();
    expect(again.programTitles()).toEqual({ contracts: 'Contracts Program' });
    expect(again.toCsv()).toContain('2026-12-03,program,contracts,Contracts Program,1');
    clock += USAGE_KEPT_DAYS * DAY;
    expect(again.programTitles()).toEqual({});
  });
});
