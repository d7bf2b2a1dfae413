import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trackErrors } from '../core/ops/error-tracker.ts';
import { HEARTBEAT_FILE, HEARTBEAT_INTERVAL_MS } from '../core/ops/heartbeat.ts';
import { createRecordingLogger } from '../core/test-support/recording-logger.ts';
import { startShellOperations, type ShellOperations } from './shell-operations.ts';
import { createFakeCore, type FakeCore } from './test-support/fake-core.ts';
import { app, resetFakeElectron } from './test-support/fake-electron.ts';
import { createManualTimers } from './test-support/manual-timers.ts';
import type { Updater } from './updates.ts';

vi.mock('electron', () => import('./test-support/fake-electron.ts'));

let dataDir: string;
let core: FakeCore;
let operations: ShellOperations | undefined;
let recorded: ReturnType<typeof createRecordingLogger>;

beforeEach(async () => {
  resetFakeElectron();
  dataDir = await mkdtemp(join(tmpdir(), 'shell-operations-'));
  core = createFakeCore();
  core.answer = async () => ({ revision: 5, content: {} });
  recorded = createRecordingLogger();
});
afterEach(async () => {
  await operations?.stop();
  operations = undefined;
  await rm(dataDir, { recursive: true, force: true });
});

const heartbeat = async () =>
  JSON.parse(await readFile(join(dataDir, HEARTBEAT_FILE), 'utf8')) as Record<string, unknown>;

describe('startShellOperations', () => {
  it('writes the heartbeat as the Electron shell, with the app’s version and last error', async () => {
    app.version = '3.1.0';
    const log = trackErrors(recorded);
    log.error('The usage counts could not be saved');
    const timers = createManualTimers();
    operations = startShellOperations({
      core,
      dataDir,
      policy: {},
      log,
      timers,
      beforeInstall: () => undefined,
    });
    await vi.waitFor(async () =>
      expect(await heartbeat()).toMatchObject({
        version: '3.1.0',
        shell: 'electron',
        pid: process.pid,
        contentRevision: 5,
        lastError: { message: 'The usage counts could not be saved' },
      }),
    );
    // The next beat is a minute away, on the shell's timers.
    await vi.waitFor(() => expect(timers.pending()).toEqual([HEARTBEAT_INTERVAL_MS]));
    expect(recorded.lines.map((line) => line.message)).toContain(
      'Automatic updates are off: the policy file names no updateServer.',
    );
  });

  it('turns updates on from the policy, and stop() ends both', async () => {
    const setFeedURL = vi.fn();
    const fake = {
      setFeedURL,
      checkForUpdates: vi.fn(async () => null),
      on: vi.fn(),
      quitAndInstall: vi.fn(),
    } as unknown as Updater;
    const timers = createManualTimers();
    operations = startShellOperations({
      core,
      dataDir,
      policy: { updateServer: 'https://updates.example.gov/kiosk' },
      log: trackErrors(recorded),
      timers,
      beforeInstall: () => undefined,
      loadUpdater: async () => fake,
    });
    await vi.waitFor(() =>
      expect(setFeedURL).toHaveBeenCalledWith({
        provider: 'generic',
        url: 'https://updates.example.gov/kiosk',
      }),
    );
    await vi.waitFor(() => expect(timers.pending()).toHaveLength(2));
    await operations.stop();
    expect(timers.pending()).toEqual([]);
  });
});
