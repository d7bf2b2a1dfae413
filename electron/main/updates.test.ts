import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecordingLogger } from '../core/test-support/recording-logger.ts';
import type { SelfUpdateInstall, UpdatePlan } from './update-plan.ts';
import {
  CHECK_INTERVAL_MS,
  msUntilInstallWindow,
  startUpdates,
  type Updater,
  type UpdateOptions,
  type Updates,
} from './updates.ts';

const HOUR = 60 * 60 * 1000;
const URL = 'https://updates.example.gov/kiosk';
const INSTALL: SelfUpdateInstall = { kind: 'appimage', folder: '/home/kiosk/Applications' };
const ON: UpdatePlan = { selfUpdate: true, url: URL, install: INSTALL };

/** electron-updater's autoUpdater as far as the kiosk can tell: records what it was told. */
class FakeUpdater extends EventEmitter {
  autoDownload = false;
  autoInstallOnAppQuit = true;
  logger: unknown = console;
  feeds: unknown[] = [];
  checks = 0;
  installs: [boolean | undefined, boolean | undefined][] = [];
  checkResult: () => Promise<unknown> = async () => null;

  setFeedURL(options: unknown): void {
    this.feeds.push(options);
  }
  checkForUpdates(): Promise<unknown> {
    this.checks++;
    return this.checkResult();
  }
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    this.installs.push([isSilent, isForceRunAfter]);
  }
}

let updater: FakeUpdater;
let log: ReturnType<typeof createRecordingLogger>;
let beforeInstall: ReturnType<typeof vi.fn<() => void>>;
let updates: Updates | undefined;

async function start(overrides: Partial<UpdateOptions> = {}): Promise<Updates | undefined> {
  updates = startUpdates({
    plan: ON,
    restartAfterInstall: true,
    loadUpdater: async () => updater as unknown as Updater,
    timers: {
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
    },
    now: () => Date.now(),
    log,
    beforeInstall,
    ...overrides,
  });
  await vi.advanceTimersByTimeAsync(0);
  return updates;
}

const messages = () => log.lines.map((line) => `${line.level}: ${line.message}`);

beforeEach(() => {
  // Local time: the install window is in the kiosk's own time zone.
  vi.useFakeTimers({ now: new Date(2026, 10, 24, 14, 0, 0) });
  updater = new FakeUpdater();
  log = createRecordingLogger();
  beforeInstall = vi.fn<() => void>();
});
afterEach(() => {
  updates?.stop();
  updates = undefined;
  vi.useRealTimers();
});

describe('when the plan says the kiosk does not update itself', () => {
  it('without an update server: never loads the updater and says updates are off', async () => {
    const loadUpdater = vi.fn(async () => updater as unknown as Updater);
    const reason = 'Automatic updates are off: the policy file names no updateServer.';
    expect(
      await start({ plan: { selfUpdate: false, reason, problem: false }, loadUpdater }),
    ).toBeUndefined();
    expect(loadUpdater).not.toHaveBeenCalled();
    expect(messages()).toEqual([`info: ${reason}`]);
  });

  it('refused although IT named a server: a warning IT finds in the log', async () => {
    const loadUpdater = vi.fn(async () => updater as unknown as Updater);
    const reason =
      "Automatic updates are off: this is an MSI install (…). IT's own tools update it.";
    expect(
      await start({ plan: { selfUpdate: false, reason, problem: true }, loadUpdater }),
    ).toBeUndefined();
    expect(loadUpdater).not.toHaveBeenCalled();
    expect(messages()).toEqual([`warn: ${reason}`]);
  });
});

describe('with an update server', () => {
  it('points the updater for this install at it (generic provider), downloads by itself, logs to the kiosk log', async () => {
    const loadUpdater = vi.fn(async () => updater as unknown as Updater);
    await start({ loadUpdater });
    expect(loadUpdater).toHaveBeenCalledWith(INSTALL);
    expect(updater.feeds).toEqual([{ provider: 'generic', url: URL }]);
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(updater.logger).toBe(log);
    expect(messages()).toContain(
      `info: Automatic updates are on: checking ${URL} now and every 6 hours; they install into /home/kiosk/Applications.`,
    );
  });

  it('checks at start and then every 6 hours', async () => {
    await start();
    expect(updater.checks).toBe(1);
    await vi.advanceTimersByTimeAsync(CHECK_INTERVAL_MS - 1);
    expect(updater.checks).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(updater.checks).toBe(2);
    await vi.advanceTimersByTimeAsync(2 * CHECK_INTERVAL_MS);
    expect(updater.checks).toBe(4);
  });

  it('logs a failed check (from the error event) and keeps checking', async () => {
    updater.checkResult = () => {
      updater.emit('error', new Error('net::ERR_NAME_NOT_RESOLVED'));
      return Promise.reject(new Error('net::ERR_NAME_NOT_RESOLVED'));
    };
    await start();
    expect(messages()).toContain(
      'error: The update failed: net::ERR_NAME_NOT_RESOLVED. The kiosk keeps running this version and tries again at the next check.',
    );
    await vi.advanceTimersByTimeAsync(CHECK_INTERVAL_MS);
    expect(updater.checks).toBe(2);
  });

  it('installs a download made in the afternoon only at 02:00, silently, restarting', async () => {
    await start();
    updater.emit('update-downloaded', { version: '1.5.0' });
    expect(messages()).toContain(
      'info: Version 1.5.0 is downloaded; it installs between 02:00 and 04:00.',
    );
    await vi.advanceTimersByTimeAsync(12 * HOUR - 1);
    expect(updater.installs).toEqual([]);
    expect(beforeInstall).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(new Date().getHours()).toBe(2);
    expect(beforeInstall).toHaveBeenCalledTimes(1);
    expect(updater.installs).toEqual([[true, true]]);
    expect(messages()).toContain(
      'info: Installing the update to version 1.5.0 now; the kiosk restarts by itself.',
    );
  });

  it('supervised: installs without starting the kiosk, which is the supervisor’s to start', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 2, 30));
    await start({ restartAfterInstall: false });
    updater.emit('update-downloaded', { version: '1.5.1' });
    expect(updater.installs).toEqual([[true, false]]);
    expect(messages()).toContain(
      'info: Installing the update to version 1.5.1 now; the supervisor starts the kiosk again.',
    );
  });

  it('installs at once when the download finishes inside the night window', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 2, 30));
    await start();
    updater.emit('update-downloaded', { version: '1.5.1' });
    expect(updater.installs).toEqual([[true, true]]);
  });

  it('plans one install for the newest download', async () => {
    await start();
    updater.emit('update-downloaded', { version: '1.5.0' });
    updater.emit('update-downloaded', { version: '1.6.0' });
    await vi.advanceTimersByTimeAsync(12 * HOUR);
    expect(updater.installs).toHaveLength(1);
    expect(messages()).toContain(
      'info: Installing the update to version 1.6.0 now; the kiosk restarts by itself.',
    );
  });

  it('stops checking and installing once stopped', async () => {
    const running = await start();
    updater.emit('update-downloaded', { version: '1.5.0' });
    running?.stop();
    await vi.advanceTimersByTimeAsync(2 * CHECK_INTERVAL_MS + 12 * HOUR);
    expect(updater.checks).toBe(1);
    expect(updater.installs).toEqual([]);
  });

  it('logs an updater that cannot load, and the kiosk goes on', async () => {
    await start({ loadUpdater: () => Promise.reject(new Error('Cannot find module')) });
    expect(messages()).toEqual(['error: Automatic updates could not start: Cannot find module.']);
  });
});

describe('msUntilInstallWindow', () => {
  it.each([
    [new Date(2026, 10, 24, 1, 59), 60_000],
    [new Date(2026, 10, 24, 2, 0), 0],
    [new Date(2026, 10, 24, 3, 59, 59), 0],
    [new Date(2026, 10, 24, 4, 0), 22 * HOUR],
    [new Date(2026, 10, 24, 23, 0), 3 * HOUR],
  ])('from %s waits %i ms', (at, wait) => {
    expect(msUntilInstallWindow(at)).toBe(wait);
  });
});

describe('msUntilInstallWindow across a clock change', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('lands inside the window on the night 02:00 does not exist (spring forward)', () => {
    process.env.TZ = 'America/Los_Angeles';
    const evening = new Date(2026, 2, 7, 23, 0);
    const wait = msUntilInstallWindow(evening);
    expect(wait).toBe(3 * HOUR);
    expect(new Date(evening.getTime() + wait).getHours()).toBe(3);
  });
});
