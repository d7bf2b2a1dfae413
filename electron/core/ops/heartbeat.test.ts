import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DurableFs } from '../store/durable-fs.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { createScriptedFs, errnoError, type ScriptedFs } from '../test-support/scripted-fs.ts';
import { trackErrors } from './error-tracker.ts';
import type { CoreEvent } from '../kiosk-core-types.ts';
import { createListeners } from '../listeners.ts';
import {
  centralChangesOf,
  HEARTBEAT_INTERVAL_MS,
  kioskStatusOf,
  publishedRevisionOf,
  startHeartbeat,
  type Heartbeat,
  type HeartbeatOptions,
} from './heartbeat.ts';

const DATA_DIR = '/srv/kiosk';
const FILE = '/srv/kiosk/heartbeat.json';
const START = new Date('2026-11-24T08:00:00.000Z');
const MB = 1024 * 1024;
const CENTRAL = {
  location: 'https://intranet.example/kiosk-bundle/',
  version: 7,
  keyId: '1a2b3c4d5e6f7a8b',
  expiresAt: '2026-12-24T08:00:00.000Z',
  lastCheckAt: '2026-11-24T07:59:00.000Z',
  lastAppliedAt: '2026-11-23T08:00:00.000Z',
  behindSince: '2026-11-24T07:00:00.000Z',
  reason: 'The manifest signature does not match any pinned public key.',
};

/** Files in memory: everything the heartbeat does is then microtasks the fake clock can flush. */
function memoryFs(): DurableFs & { files: Map<string, string> } {
  const files = new Map<string, string>();
  return {
    files,
    async open(path, flags) {
      if (flags === 'wx' && files.has(path)) throw errnoError('EEXIST', 'open', path);
      if (flags === 'wx') files.set(path, '');
      return {
        writeText: async (text) => void files.set(path, text),
        sync: async () => undefined,
        close: async () => undefined,
      };
    },
    readText: async (path) => files.get(path) ?? '',
    async rename(from, to) {
      files.set(to, files.get(from) ?? '');
      files.delete(from);
    },
    async link(existing, name) {
      if (files.has(name)) throw errnoError('EEXIST', 'link', name);
      files.set(name, files.get(existing) ?? '');
    },
    unlink: async (path) => void files.delete(path),
    mkdir: async () => undefined,
    exists: async (path) => files.has(path) || [...files.keys()].some((f) => dirname(f) === path),
    list: async () => [...files.keys()],
  };
}

let memory: ReturnType<typeof memoryFs>;
let fs: ScriptedFs;
let log: ReturnType<typeof createRecordingLogger>;
let revision: number;
let heartbeat: Heartbeat | undefined;

function start(overrides: Partial<HeartbeatOptions> = {}): Heartbeat {
  heartbeat = startHeartbeat({
    dataDir: DATA_DIR,
    version: '1.4.2',
    shell: 'electron',
    publishedRevision: async () => revision,
    lastError: () => null,
    log,
    timers: {
      setTimeout: (cb, ms) => setTimeout(cb, ms),
      clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
    },
    now: () => Date.now(),
    memory: () => ({ rss: 150.44 * MB, heapUsed: 42.06 * MB }),
    pid: 4321,
    fs,
    platform: 'linux',
    ...overrides,
  });
  return heartbeat;
}

const written = () => JSON.parse(memory.files.get(FILE) ?? 'null') as Record<string, unknown>;
const writes = () => fs.calls.filter((c) => c.op === 'rename' && c.to === FILE).length;

beforeEach(() => {
  vi.useFakeTimers({ now: START });
  memory = memoryFs();
  fs = createScriptedFs(memory);
  log = createRecordingLogger();
  revision = 7;
});
afterEach(async () => {
  await heartbeat?.stop();
  heartbeat = undefined;
  vi.useRealTimers();
});

describe('the heartbeat file', () => {
  it('is written at start, durably, with every field monitoring reads', async () => {
    start();
    await vi.advanceTimersByTimeAsync(0);
    expect(written()).toEqual({
      version: '1.4.2',
      shell: 'electron',
      pid: 4321,
      startedAt: '2026-11-24T08:00:00.000Z',
      writtenAt: '2026-11-24T08:00:00.000Z',
      uptimeSeconds: 0,
      intervalSeconds: 60,
      contentRevision: 7,
      memoryMb: { rss: 150.4, heapUsed: 42.1 },
      lastError: null,
      problems: null,
      central: null,
    });
    // Through a temp file that is fsynced before the rename, then the folder fsynced.
    expect(fs.calls.map((c) => c.op)).toEqual([
      'open',
      'write',
      'sync',
      'close',
      'rename',
      'open',
      'sync',
      'close',
    ]);
    expect(fs.calls.at(-3)).toEqual({ op: 'open', path: DATA_DIR });
  });

  it('is written again every minute, with the time, uptime and revision of that moment', async () => {
    start({ shell: 'browser' });
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS - 1);
    expect(writes()).toBe(1);
    revision = 8;
    await vi.advanceTimersByTimeAsync(1);
    expect(writes()).toBe(2);
    expect(written()).toMatchObject({
      shell: 'browser',
      writtenAt: '2026-11-24T08:01:00.000Z',
      startedAt: '2026-11-24T08:00:00.000Z',
      uptimeSeconds: 60,
      contentRevision: 8,
    });
    await vi.advanceTimersByTimeAsync(3 * HEARTBEAT_INTERVAL_MS);
    expect(writes()).toBe(5);
    expect(written()).toMatchObject({ uptimeSeconds: 240 });
  });

  it('reports the last error the kiosk logged, message and time only', async () => {
    const tracked = trackErrors(log);
    start({ lastError: tracked.lastError });
    await vi.advanceTimersByTimeAsync(0);
    expect(written().lastError).toBeNull();
    await vi.advanceTimersByTimeAsync(30_000);
    tracked.error('The usage counts could not be saved', { path: '/srv/kiosk/usage.json' });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(written().lastError).toEqual({
      message: 'The usage counts could not be saved',
      at: '2026-11-24T08:00:30.000Z',
    });
  });

  it('lists what IT must fix, in the words admin shows staff', async () => {
    const problems = ['policy.json: "languages": languages must be a list, e.g. ["en", "es"].'];
    start({ problems: async () => problems });
    await vi.advanceTimersByTimeAsync(0);
    expect(written().problems).toEqual(problems);
  });

  it('gives null for the problems when the kiosk cannot say, or was not asked', async () => {
    start({ problems: () => Promise.reject(new Error('closed')) });
    await vi.advanceTimersByTimeAsync(0);
    expect(written().problems).toBeNull();
    await heartbeat?.stop();
    start();
    await vi.advanceTimersByTimeAsync(0);
    expect(written().problems).toBeNull();
  });

  it('says how the kiosk follows the central source, or null when it cannot say', async () => {
    start({ central: async () => CENTRAL });
    await vi.advanceTimersByTimeAsync(0);
    expect(written().central).toEqual(CENTRAL);
    await heartbeat?.stop();
    start({ central: () => Promise.reject(new Error('closed')) });
    await vi.advanceTimersByTimeAsync(0);
    expect(written().central).toBeNull();
  });

  it('is written again at once when the core says its central status changed, then a minute on', async () => {
    const events = createListeners<CoreEvent>(log);
    let central: typeof CENTRAL | null = null;
    start({ central: async () => central, rewriteWhen: centralChangesOf(events) });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(writes()).toBe(1);

    central = CENTRAL;
    events.emit({ name: 'contentChanged', payload: { revision: 8 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(writes()).toBe(1);
    events.emit({ name: 'centralChanged', payload: {} });
    await vi.advanceTimersByTimeAsync(0);
    expect(writes()).toBe(2);
    expect(written()).toMatchObject({ central: CENTRAL, writtenAt: '2026-11-24T08:00:20.000Z' });

    // The minute starts again from the write the change made, and only one is planned.
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS - 1);
    expect(writes()).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes()).toBe(3);
    await heartbeat?.stop();
    events.emit({ name: 'centralChanged', payload: {} });
    await vi.advanceTimersByTimeAsync(5 * HEARTBEAT_INTERVAL_MS);
    expect(writes()).toBe(3);
  });

  it('gives null for the revision when the core cannot say', async () => {
    start({ publishedRevision: () => Promise.reject(new Error('closed')) });
    await vi.advanceTimersByTimeAsync(0);
    expect(written().contentRevision).toBeNull();
  });

  it('logs a failing write once, keeps trying every minute, and says when it works again', async () => {
    fs.failWhen((call) => call.op === 'rename', errnoError('ENOSPC', 'rename', FILE));
    start();
    await vi.advanceTimersByTimeAsync(2 * HEARTBEAT_INTERVAL_MS);
    expect(memory.files.has(FILE)).toBe(false);
    expect(log.lines).toEqual([
      {
        level: 'error',
        message: `The heartbeat file ${FILE} could not be written: the disk is full (ENOSPC). The kiosk keeps running; monitoring will see the file as stale.`,
      },
    ]);
    expect(fs.calls.filter((c) => c.op === 'rename')).toHaveLength(3);
    // The temp files were removed, not left to pile up.
    expect([...memory.files.keys()]).toEqual([]);

    fs.clearFailures();
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS);
    expect(written().writtenAt).toBe('2026-11-24T08:03:00.000Z');
    expect(log.lines.at(-1)).toEqual({
      level: 'info',
      message: `The heartbeat file ${FILE} is written again.`,
    });
  });

  it('stops: no write after stop, and stop waits for a write under way', async () => {
    let release: (n: number) => void = () => undefined;
    const beat = start({ publishedRevision: () => new Promise((done) => (release = done)) });
    const stopping = beat.stop();
    let stopped = false;
    void stopping.then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    release(9);
    await stopping;
    expect(written().contentRevision).toBe(9);
    await vi.advanceTimersByTimeAsync(10 * HEARTBEAT_INTERVAL_MS);
    expect(writes()).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the fleet status file beside it', () => {
  const STATUS = '/mnt/status/Lobby 2.json';
  const status = () => JSON.parse(memory.files.get(STATUS) ?? 'null') as Record<string, unknown>;
  const statusWrites = () => fs.calls.filter((c) => c.op === 'rename' && c.to === STATUS).length;
  const fleetStatus = { folder: '/mnt/status', kioskName: 'Lobby 2' };

  it('is written from the same snapshot, at start, every minute and at once on a central change', async () => {
    const events = createListeners<CoreEvent>(log);
    let central: typeof CENTRAL | null = null;
    start({ fleetStatus, central: async () => central, rewriteWhen: centralChangesOf(events) });
    await vi.advanceTimersByTimeAsync(0);
    expect(status()).toMatchObject({ kioskName: 'Lobby 2', writtenAt: written().writtenAt });
    // The file as written holds the listed fields and no other: no pid, memory or problems.
    expect(Object.keys(status()).sort()).toEqual(
      [
        'format',
        'kioskName',
        'appVersion',
        'shell',
        'contentRevision',
        'central',
        'lastError',
        'uptimeSeconds',
        'writtenAt',
      ].sort(),
    );
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS);
    expect([writes(), statusWrites()]).toEqual([2, 2]);
    expect(status()).toMatchObject({ uptimeSeconds: 60, contentRevision: 7 });

    central = CENTRAL;
    await vi.advanceTimersByTimeAsync(5_000);
    events.emit({ name: 'centralChanged', payload: {} });
    await vi.advanceTimersByTimeAsync(0);
    expect([writes(), statusWrites()]).toEqual([3, 3]);
    expect(status()).toMatchObject({
      writtenAt: '2026-11-24T08:01:05.000Z',
      central: { version: 7, behind: true, behindSince: CENTRAL.behindSince },
    });
  });

  it('touches no file in the folder but its own and its own temp file', async () => {
    start({ fleetStatus });
    await vi.advanceTimersByTimeAsync(2 * HEARTBEAT_INTERVAL_MS);
    const inFolder = fs.calls
      .flatMap((c) => [c.path, ...(c.to === undefined ? [] : [c.to])])
      .filter((path) => dirname(path) === '/mnt/status' || path === '/mnt/status');
    expect(new Set(inFolder.map((path) => path.replace(/\.[0-9a-f]{8}\.tmp$/, '.TMP')))).toEqual(
      new Set(['/mnt/status/.Lobby 2.json.TMP', STATUS, '/mnt/status']),
    );
  });

  it('is not written without a status folder', async () => {
    start();
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS);
    expect([...memory.files.keys()]).toEqual([FILE]);
  });

  it('logs a failing status folder once, and the heartbeat file is written all the same', async () => {
    fs.failWhen(
      (call) => call.op === 'open' && call.path.startsWith('/mnt/status/'),
      errnoError('EACCES', 'open', STATUS),
    );
    start({ fleetStatus });
    await vi.advanceTimersByTimeAsync(2 * HEARTBEAT_INTERVAL_MS);
    expect(writes()).toBe(3);
    expect(log.lines).toEqual([
      {
        level: 'error',
        message: expect.stringMatching(
          /^The fleet status file \/mnt\/status\/Lobby 2\.json could not be written: .*\(EACCES\)\. The kiosk keeps running; fleet-status will show this kiosk late, then down\.$/,
        ),
      },
    ]);
    fs.clearFailures();
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS);
    expect(statusWrites()).toBe(1);
    expect(log.lines.at(-1)).toEqual({
      level: 'info',
      message: `The fleet status file ${STATUS} is written again.`,
    });
  });
});

describe('publishedRevisionOf', () => {
  it('asks the core for the published content and gives its revision', async () => {
    const invoke = vi.fn(async () => ({ revision: 12, content: {} }));
    const core = { invoke } as unknown as Parameters<typeof publishedRevisionOf>[0];
    expect(await publishedRevisionOf(core)()).toBe(12);
    expect(invoke).toHaveBeenCalledWith('getPublishedContent', undefined);
  });
});

describe('kioskStatusOf: problems', () => {
  it('asks the core for the admin status and gives its problems', async () => {
    const invoke = vi.fn(async () => ({
      pinSet: true,
      lockedUntil: null,
      attemptsLeft: 5,
      problems: ['Sign-in is closed because the kiosk cannot save the count of wrong PINs.'],
    }));
    const core = { invoke } as unknown as Parameters<typeof kioskStatusOf>[0];
    expect(await kioskStatusOf(core).problems()).toEqual([
      'Sign-in is closed because the kiosk cannot save the count of wrong PINs.',
    ]);
    expect(invoke).toHaveBeenCalledWith('adminStatus', undefined);
  });
});

describe('kioskStatusOf: one adminStatus per snapshot', () => {
  it('writes problems and central from a single read', async () => {
    const invoke = vi.fn(async () => ({ problems: ['Fix the policy.'], central: CENTRAL }));
    const core = { invoke } as unknown as Parameters<typeof kioskStatusOf>[0];
    start(kioskStatusOf(core));
    await vi.advanceTimersByTimeAsync(0);
    expect(written()).toMatchObject({ problems: ['Fix the policy.'], central: CENTRAL });
    expect(invoke).toHaveBeenCalledTimes(1);
  });
});

describe('kioskStatusOf: central', () => {
  const coreAnswering = (status: Record<string, unknown>) => {
    const invoke = vi.fn(async () => ({
      pinSet: true,
      lockedUntil: null,
      attemptsLeft: 5,
      ...status,
    }));
    return { invoke, core: { invoke } as unknown as Parameters<typeof kioskStatusOf>[0] };
  };

  it('asks the core for the admin status and gives its central status', async () => {
    const { invoke, core } = coreAnswering({ central: CENTRAL });
    expect(await kioskStatusOf(core).central()).toEqual(CENTRAL);
    expect(invoke).toHaveBeenCalledWith('adminStatus', undefined);
  });

  it('gives null without a central source', async () => {
    expect(await kioskStatusOf(coreAnswering({ central: null }).core).central()).toBeNull();
    expect(await kioskStatusOf(coreAnswering({}).core).central()).toBeNull();
  });
});
