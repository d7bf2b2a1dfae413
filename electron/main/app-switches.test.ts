import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { NodeLogger } from 'electron-log';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../contract/content-schema.ts';
import { runBundleCommand, type BundleCommand } from '../core/index.ts';
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

describe('parseAppSwitch: the bundle switches', () => {
  it('reads each with its options, passing over Electron’s and the kiosk’s own', () => {
    expect(
      parseAppSwitch([
        EXE,
        '--data-dir',
        'D:\\k',
        '--bundle-sign',
        '--content',
        'c.json',
        '--key=k.pem',
        '--out',
        'B:\\b',
      ]),
    ).toEqual({
      name: 'bundle',
      command: {
        name: 'bundle-sign',
        content: 'c.json',
        key: 'k.pem',
        out: 'B:\\b',
        expiresDays: 30,
      },
    });
    expect(parseAppSwitch([EXE, '--bundle-keygen', '--out', 'keys'])).toEqual({
      name: 'bundle',
      command: { name: 'bundle-keygen', out: 'keys' },
    });
    expect(
      parseAppSwitch([EXE, '--bundle-resign', '--key', 'k', '--out', 'b', '--expires-days', '9']),
    ).toEqual({
      name: 'bundle',
      command: { name: 'bundle-resign', key: 'k', out: 'b', expiresDays: 9 },
    });
    expect(parseAppSwitch([EXE, '--bundle-verify', '--bundle', 'b', '--public-key', 'p'])).toEqual({
      name: 'bundle',
      command: { name: 'bundle-verify', bundle: 'b', publicKey: 'p' },
    });
  });

  it('turns a mistake into usage, never echoing a passphrase', () => {
    expect(parseAppSwitch([EXE, '--bundle-verify', '--bundle', 'b'])).toEqual({
      name: 'usage',
      message: "--bundle-verify needs --public-key <the public key's .pub.pem file>.",
    });
    const found = parseAppSwitch([
      EXE,
      '--bundle-keygen',
      '--out',
      'k',
      '--passphrase',
      'open secret 99',
    ]);
    expect(found).toEqual({
      name: 'usage',
      message: expect.stringMatching(/^The passphrase is never taken/),
    });
    expect(JSON.stringify(found)).not.toContain('open secret');
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

describe('--fleet-status', () => {
  it('is read with its folder, as a next argument or after =', () => {
    expect(parseAppSwitch([EXE, '--fleet-status', '\\\\fileserver\\kiosk-status'])).toEqual({
      name: 'fleet-status',
      dir: '\\\\fileserver\\kiosk-status',
    });
    expect(parseAppSwitch([EXE, '--fleet-status=D:\\status'])).toEqual({
      name: 'fleet-status',
      dir: 'D:\\status',
    });
  });

  it.each([
    [[EXE, '--fleet-status']],
    [[EXE, '--fleet-status', '--version']],
    [[EXE, '--fleet-status=']],
  ])('asks for the folder when it has none: %j', (argv) => {
    expect(parseAppSwitch(argv)).toEqual({
      name: 'usage',
      message:
        '--fleet-status needs the status folder, e.g. --fleet-status \\\\fileserver\\kiosk-status',
    });
  });

  it('prints and logs the fleet table of a real folder, with the admin command’s exit code', async () => {
    const status = join(dir, 'status');
    await mkdir(status);
    const log = createRecordingLogger();
    const out: string[] = [];
    const missing = await runReportSwitch(
      { name: 'fleet-status', dir: join(dir, 'missing') },
      { version: '1.4.2', log, write: async (text) => void out.push(text) },
    );
    expect(missing).toBe(2);
    const empty = await runReportSwitch(
      { name: 'fleet-status', dir: status },
      { version: '1.4.2', log, write: async (text) => void out.push(text) },
    );
    expect(empty).toBe(1);
    expect(out[1]).toMatch(/^No kiosk status files \(\*\.json\) in /);
    expect(log.lines[1]).toEqual({ level: 'warn', message: `--fleet-status: ${out[1]}` });
  });

  it('gives 0 and logs at info when every kiosk is OK', async () => {
    const log = createRecordingLogger();
    const code = await runReportSwitch(
      { name: 'fleet-status', dir: 'D:\\status' },
      {
        version: '1.4.2',
        log,
        write: async () => undefined,
        fleetStatus: async (folder) => ({ exitCode: 0, text: `all OK in ${folder}` }),
      },
    );
    expect({ code, log: log.lines }).toEqual({
      code: 0,
      log: [{ level: 'info', message: '--fleet-status: all OK in D:\\status' }],
    });
  });
});

describe('runReportSwitch: the bundle switches', () => {
  it('runs the core command, prints its report and logs it under the switch’s name', async () => {
    const log = createRecordingLogger();
    const out: string[] = [];
    const seen: BundleCommand[] = [];
    const code = await runReportSwitch(
      { name: 'bundle', command: { name: 'bundle-verify', bundle: 'b', publicKey: 'p' } },
      {
        version: '1.4.2',
        log,
        write: async (text) => void out.push(text),
        bundle: async (command) => {
          seen.push(command);
          return { exitCode: 1, text: 'Refused: manifest.json is empty.' };
        },
      },
    );
    expect({ code, out, seen, log: log.lines }).toEqual({
      code: 1,
      out: ['Refused: manifest.json is empty.'],
      seen: [{ name: 'bundle-verify', bundle: 'b', publicKey: 'p' }],
      log: [{ level: 'warn', message: '--bundle-verify: Refused: manifest.json is empty.' }],
    });
  });

  it('keygen, sign and verify through the switches, the passphrase on standard input, the app’s version as minimum', async () => {
    const run = async (argv: string[], input = 'lobby keys for 2026\n') => {
      const stdin = new PassThrough();
      stdin.end(input);
      const found = parseAppSwitch([EXE, ...argv]);
      if (found?.name !== 'bundle')
        throw new Error(`not a bundle switch: ${JSON.stringify(found)}`);
      const out: string[] = [];
      const log = createRecordingLogger();
      const code = await runReportSwitch(found, {
        version: '3.1.0',
        log,
        write: async (text) => void out.push(text),
        bundle: (command) =>
          runBundleCommand(command, {
            stdin,
            prompts: new PassThrough(),
            now: () => Date.UTC(2026, 11, 6),
            platform: 'linux',
            appVersion: '3.1.0',
          }),
      });
      return { code, out: out.join('\n'), log: log.lines };
    };
    const made = await run(['--bundle-keygen', '--out', join(dir, 'keys')]);
    expect(made.code).toBe(0);
    const keyId = /^Made key ([0-9a-f]{16})\./.exec(made.out)?.[1] ?? '';
    const content = join(dir, 'content.json');
    await writeFile(content, JSON.stringify(makeContent()));
    const key = join(dir, 'keys', `${keyId}.key.pem`);
    const signed = await run([
      '--bundle-sign',
      '--content',
      content,
      '--key',
      key,
      '--out',
      join(dir, 'b'),
    ]);
    expect(signed.out).toContain('as content version 1');
    expect(signed.out).toContain('needs app 3.1.0 or later');
    expect(signed.log).toEqual([{ level: 'info', message: `--bundle-sign: ${signed.out}` }]);
    const pub = join(dir, 'keys', `${keyId}.pub.pem`);
    const verified = await run(
      ['--bundle-verify', '--bundle', join(dir, 'b'), '--public-key', pub],
      '',
    );
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/^OK: .* holds content version 1 /);
    expect(JSON.stringify([made, signed, verified])).not.toContain('lobby keys for 2026');
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

  it('--bundle-verify: the process’s own run, exit 1 with why, in stdout and the log', async () => {
    const missing = join(dir, 'none');
    const { printed, electronLog } = handle([
      EXE,
      '--bundle-verify',
      '--bundle',
      missing,
      '--public-key',
      join(dir, 'p.pem'),
    ]);
    await vi.waitFor(() => expect(app.calls).toEqual(['exit 1']));
    expect(printed()).toMatch(/^Refused: Could not read the public key /);
    expect(electronLog.warn).toHaveBeenCalledWith(
      expect.stringMatching(/^--bundle-verify: Refused: /),
    );
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
