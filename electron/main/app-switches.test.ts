import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { NodeLogger } from 'electron-log';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../contract/content-schema.ts';
import { makeContent } from '../core/test-support/make-content.ts';
import { createRecordingLogger } from '../core/test-support/recording-logger.ts';
import { handleAppSwitch, parseAppSwitch, runReportSwitch } from './app-switches.ts';
import { app, ipcMain, resetFakeElectron, windows } from './test-support/fake-electron.ts';

vi.mock('electron', () => import('./test-support/fake-electron.ts'));

const EXE = 'C:\\Program Files\\ASB Lobby Kiosk\\ASB Lobby Kiosk.exe';

describe('parseAppSwitch', () => {
  it('finds nothing on an ordinary start', () => {
    expect(parseAppSwitch([EXE])).toBeUndefined();
    expect(
      parseAppSwitch(['/usr/bin/electron', 'dist/electron/main.js', '--data-dir', '/d']),
    ).toBeUndefined();
  });

  it('reads each switch, wherever it is among Electron’s and the kiosk’s', () => {
    expect(parseAppSwitch([EXE, '--version'])).toEqual({ name: 'version' });
    expect(parseAppSwitch([EXE, '--data-dir', 'D:\\k', '--hash-pin'])).toEqual({
      name: 'hash-pin',
    });
    expect(parseAppSwitch([EXE, '--validate-content', 'C:\\Temp\\c.json'])).toEqual({
      name: 'validate-content',
      file: 'C:\\Temp\\c.json',
    });
    expect(parseAppSwitch([EXE, '--validate-content=/tmp/a=b.json'])).toEqual({
      name: 'validate-content',
      file: '/tmp/a=b.json',
    });
  });

  it('takes the first switch when there are several', () => {
    expect(parseAppSwitch([EXE, '--hash-pin', '--version'])).toEqual({ name: 'hash-pin' });
  });

  it.each([
    [[EXE, '--validate-content']],
    [[EXE, '--validate-content', '--version']],
    [[EXE, '--validate-content=']],
  ])('asks for the file when --validate-content has none: %j', (argv) => {
    expect(parseAppSwitch(argv)).toEqual({
      name: 'usage',
      message: expect.stringMatching(/^--validate-content needs the content file to check/),
    });
  });
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'app-switches-'));
  resetFakeElectron();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('runReportSwitch', () => {
  const run = async (found: Parameters<typeof runReportSwitch>[0]) => {
    const log = createRecordingLogger();
    const out: string[] = [];
    const code = await runReportSwitch(found, {
      version: '1.4.2',
      log,
      write: async (text) => void out.push(text),
    });
    return { code, out, log: log.lines };
  };

  it('--version prints the version alone, logs it, exit 0', async () => {
    expect(await run({ name: 'version' })).toEqual({
      code: 0,
      out: ['1.4.2'],
      log: [{ level: 'info', message: '--version: 1.4.2' }],
    });
  });

  it('--validate-content prints and logs the same verdict as the admin command', async () => {
    const file = join(dir, 'content.json');
    const content = makeContent();
    await writeFile(file, JSON.stringify(content));
    const ok = `OK: ${file} is valid content (schema version ${CURRENT_SCHEMA_VERSION}, ${content.programs.length} program)`;
    expect(await run({ name: 'validate-content', file })).toEqual({
      code: 0,
      out: [ok],
      log: [{ level: 'info', message: `--validate-content: ${ok}` }],
    });
  });

  it('--validate-content gives 1 for invalid content and 2 for a missing file', async () => {
    const file = join(dir, 'content.json');
    await writeFile(file, '{"schemaVersion": 3}');
    const invalid = await run({ name: 'validate-content', file });
    expect(invalid.code).toBe(1);
    expect(invalid.out[0]).toMatch(
      new RegExp(`^${file.replace(/\\/g, '\\\\')} is not valid content:\n  - `),
    );
    expect(invalid.log[0]?.level).toBe('warn');
    const missing = await run({ name: 'validate-content', file: join(dir, 'none.json') });
    expect(missing.code).toBe(2);
    expect(missing.out[0]).toContain('there is no such file (ENOENT)');
  });

  it('a switch without its value prints what is missing, exit 2', async () => {
    expect(
      await run({ name: 'usage', message: '--validate-content needs the content file' }),
    ).toEqual({
      code: 2,
      out: ['--validate-content needs the content file'],
      log: [{ level: 'warn', message: '--validate-content needs the content file' }],
    });
  });
});

describe('handleAppSwitch', () => {
  const paths = {
    logDir: '/srv/kiosk/logs',
    preloadPath: '/opt/kiosk/dist/electron/preload.cjs',
  };

  function fakeElectronLog() {
    return {
      transports: { file: {} as Record<string, unknown>, console: {} as Record<string, unknown> },
      info: vi.fn(),
      warn: vi.fn(),
      error: vi.fn(),
    };
  }

  function handle(argv: string[], dataDirNotice?: string) {
    const electronLog = fakeElectronLog();
    const stdout = new PassThrough();
    let printed = '';
    stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const handled = handleAppSwitch({
      argv,
      paths: { ...paths, dataDirNotice },
      electronLog: electronLog as unknown as NodeLogger,
      stdout,
    });
    return { handled, electronLog, printed: () => printed };
  }

  it('leaves an ordinary start to the kiosk, touching nothing', () => {
    const { handled, electronLog } = handle([EXE, '--data-dir', '/srv/kiosk']);
    expect(handled).toBe(false);
    expect(electronLog.transports.file).toEqual({});
    expect(app.calls).toEqual([]);
  });

  it('--version: prints to stdout, writes the log file, exits 0, no lock, no window', async () => {
    app.version = '2.3.4';
    const { handled, electronLog, printed } = handle([EXE, '--version']);
    expect(handled).toBe(true);
    await vi.waitFor(() => expect(app.calls).toEqual(['exit 0']));
    expect(printed()).toBe('2.3.4\n');
    expect(electronLog.info).toHaveBeenCalledWith('--version: 2.3.4');
    expect((electronLog.transports.file.resolvePathFn as () => string)()).toBe(
      join('/srv/kiosk/logs', 'main.log'),
    );
    expect(electronLog.transports.console.level).toBe(false);
    expect(windows).toEqual([]);
  });

  it('logs a --data-dir the installed kiosk ignored, so IT sees why the log is elsewhere', async () => {
    const notice =
      '--data-dir "D:\\k" was ignored: an installed kiosk takes --data-dir only when …';
    const { electronLog } = handle([EXE, '--data-dir', 'D:\\k', '--version'], notice);
    await vi.waitFor(() => expect(app.calls).toEqual(['exit 0']));
    expect(electronLog.warn).toHaveBeenCalledWith(notice);
  });

  it('--validate-content: exits with the verdict’s code', async () => {
    const { printed } = handle([EXE, '--validate-content', join(dir, 'none.json')]);
    await vi.waitFor(() => expect(app.calls).toEqual(['exit 2']));
    expect(printed()).toContain('there is no such file');
  });

  it('--validate-content without a file: exit 2', async () => {
    const { printed } = handle([EXE, '--validate-content']);
    await vi.waitFor(() => expect(app.calls).toEqual(['exit 2']));
    expect(printed()).toMatch(/^--validate-content needs the content file/);
  });

  it('--hash-pin: its own profile, then once ready one hash-pin window and its IPC handler', async () => {
    const { handled } = handle([EXE, '--hash-pin']);
    expect(handled).toBe(true);
    expect(app.calls).toEqual([`setPath userData ${join(tmpdir(), 'asb-lobby-kiosk-hash-pin')}`]);
    expect(windows).toEqual([]);
    app.makeReady();
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    expect(windows[0]?.options).toMatchObject({
      kiosk: false,
      webPreferences: { preload: join('/opt/kiosk/dist/electron', 'hash-pin-preload.cjs') },
    });
    expect([...ipcMain.handlers.keys()]).toEqual(['hash-pin:hash']);
    expect(app.calls).not.toContain('requestSingleInstanceLock');
  });
});
