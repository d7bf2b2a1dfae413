// Switches for IT on the installed app, handled before the kiosk starts (main.ts):
//   --version                 prints the app version, exit 0
//   --validate-content FILE   checks a content file as the kiosk's import does: exit 0 valid,
//                             1 not valid, 2 unreadable (same code as `npm run admin -- validate-content`)
//   --fleet-status DIR        the fleet table of IT's status folder: exit 0 every kiosk OK, 1 any
//                             late, down or unreadable, 2 the folder cannot be read (as `npm run admin -- fleet-status`)
//   --hash-pin                a small window that makes an adminPinHash for policy.json
//   --bundle-keygen --out DIR, --bundle-sign --content FILE --key KEY --out DIR [--expires-days N],
//   --bundle-resign --key KEY --out DIR [--expires-days N], --bundle-verify --bundle DIR --public-key FILE
//                             the same as `npm run admin -- bundle …` (passphrase on standard input):
//                             exit 0 done, 1 refused with the reason, 2 a usage mistake
// All but --hash-pin write to standard output AND to the log file (<data folder>/logs/main.log):
// on Windows the app is a GUI program with no console, so a double-click or a shortcut shows
// nothing, and only a redirect (Start-Process -Wait -RedirectStandardOutput) or the log has it.
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { app } from 'electron';
import type { NodeLogger } from 'electron-log';
import {
  fleetStatusReport,
  parseBundleOptions,
  runBundleCommand,
  validateContentFile,
  type BundleAction,
  type BundleCommand,
  type ContentReport,
  type Logger,
} from '../core/index.ts';
import { openHashPinWindow } from './hash-pin-window.ts';
import { configureLogging } from './logging.ts';
import type { ShellPaths } from './shell-paths.ts';

export type AppSwitch =
  | { name: 'version' }
  | { name: 'validate-content'; file: string }
  | { name: 'fleet-status'; dir: string }
  | { name: 'hash-pin' }
  | { name: 'bundle'; command: BundleCommand }
  | { name: 'usage'; message: string };

const BUNDLE_SWITCHES: Readonly<Record<string, BundleAction>> = {
  '--bundle-keygen': 'keygen',
  '--bundle-sign': 'sign',
  '--bundle-resign': 'resign',
  '--bundle-verify': 'verify',
};

const NEEDS_FILE =
  '--validate-content needs the content file to check, e.g. --validate-content C:\\Temp\\content.json';
const NEEDS_FOLDER =
  '--fleet-status needs the status folder, e.g. --fleet-status \\\\fileserver\\kiosk-status';

/** The first of IT's switches on the command line, wherever Electron and Chromium put theirs. */
export function parseAppSwitch(argv: readonly string[]): AppSwitch | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg === '--version') return { name: 'version' };
    if (arg === '--hash-pin') return { name: 'hash-pin' };
    const action = Object.hasOwn(BUNDLE_SWITCHES, arg) ? BUNDLE_SWITCHES[arg] : undefined;
    if (action !== undefined) return bundleSwitch(action, arg, argv.toSpliced(index, 1));
    if (arg === '--validate-content' || arg.startsWith('--validate-content=')) {
      const file = valueOf(arg, argv[index + 1]);
      if (file === undefined) return { name: 'usage', message: NEEDS_FILE };
      return { name: 'validate-content', file };
    }
    if (arg === '--fleet-status' || arg.startsWith('--fleet-status=')) {
      const dir = valueOf(arg, argv[index + 1]);
      if (dir === undefined) return { name: 'usage', message: NEEDS_FOLDER };
      return { name: 'fleet-status', dir };
    }
  }
  return undefined;
}

/** A switch's value, as `--name=value` or the next argument; undefined when it has none. */
function valueOf(arg: string, next: string | undefined): string | undefined {
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : next;
  return value === undefined || value.trim() === '' || value.startsWith('--') ? undefined : value;
}

function bundleSwitch(action: BundleAction, label: string, rest: readonly string[]): AppSwitch {
  try {
    // Lenient: the rest of the command line also holds Electron's switches and --data-dir.
    return { name: 'bundle', command: parseBundleOptions(action, rest, { label, strict: false }) };
  } catch (error) {
    return { name: 'usage', message: (error as Error).message };
  }
}

export interface ReportSwitchDeps {
  version: string;
  log: Logger;
  /** One report, written to standard output; resolves once it is written (or cannot be). */
  write: (text: string) => Promise<void>;
  validate?: (file: string) => Promise<ContentReport>;
  fleetStatus?: (dir: string) => Promise<ContentReport>;
  bundle?: (command: BundleCommand) => Promise<ContentReport>;
}

/** The process's own standard input and error: a passphrase is piped in, its prompts go to stderr. */
const processBundle =
  (version: string) =>
  (command: BundleCommand): Promise<ContentReport> =>
    runBundleCommand(command, {
      stdin: process.stdin,
      prompts: process.stderr,
      now: Date.now,
      platform: process.platform,
      appVersion: version,
    });

/** Any switch but --hash-pin, or a usage mistake: prints, logs, resolves to the exit code. */
export async function runReportSwitch(
  found: Exclude<AppSwitch, { name: 'hash-pin' }>,
  {
    version,
    log,
    write,
    validate = validateContentFile,
    fleetStatus = fleetStatusReport,
    bundle,
  }: ReportSwitchDeps,
): Promise<number> {
  const report: ContentReport =
    found.name === 'version'
      ? { exitCode: 0, text: version }
      : found.name === 'usage'
        ? { exitCode: 2, text: found.message }
        : found.name === 'bundle'
          ? await (bundle ?? processBundle(version))(found.command)
          : found.name === 'fleet-status'
            ? await fleetStatus(found.dir)
            : await validate(found.file);
  await write(report.text);
  const name = found.name === 'bundle' ? found.command.name : found.name;
  const line = found.name === 'usage' ? report.text : `--${name}: ${report.text}`;
  if (report.exitCode === 0) log.info(line);
  else log.warn(line);
  return report.exitCode;
}

export interface AppSwitchOptions {
  argv: readonly string[];
  /** Where the log goes, where the hash-pin page and preload lie; an ignored --data-dir. */
  paths: Pick<ShellPaths, 'logDir' | 'preloadPath' | 'dataDirNotice'>;
  electronLog: NodeLogger;
  stdout?: NodeJS.WritableStream;
}

/**
 * True when the command line holds one of IT's switches: it is then run instead of the kiosk
 * (no single-instance lock, no kiosk window) and the app exits when it is done.
 */
export function handleAppSwitch(options: AppSwitchOptions): boolean {
  const found = parseAppSwitch(options.argv);
  if (found === undefined) return false;
  // The switch prints its own output; the console transport would print every line twice.
  options.electronLog.transports.console.level = false;
  const log = configureLogging(options.electronLog, options.paths.logDir);
  if (options.paths.dataDirNotice !== undefined) log.warn(options.paths.dataDirNotice);
  if (found.name === 'hash-pin') {
    openHashPinTool(options.paths, log);
    return true;
  }
  const stdout = options.stdout ?? process.stdout;
  runReportSwitch(found, { version: app.getVersion(), log, write: writeTo(stdout) })
    .catch((error: unknown) => {
      const name = found.name === 'bundle' ? found.command.name : found.name;
      log.error(`--${name} failed: ${String(error)}`);
      return 1;
    })
    .then((code) => app.exit(code));
  return true;
}

function writeTo(stream: NodeJS.WritableStream): (text: string) => Promise<void> {
  // A GUI program's standard output may be no stream at all: a failed write is not an error here.
  return (text) =>
    new Promise((resolve) => {
      try {
        stream.write(`${text}\n`, () => resolve());
      } catch {
        resolve();
      }
    });
}

function openHashPinTool(paths: AppSwitchOptions['paths'], log: Logger): void {
  // Its own Chromium profile, apart from the kiosk's, so it runs beside a running kiosk.
  app.setPath('userData', join(tmpdir(), 'asb-lobby-kiosk-hash-pin'));
  const bundleDir = dirname(paths.preloadPath);
  app
    .whenReady()
    .then(() =>
      openHashPinWindow({
        pageDir: join(bundleDir, 'hash-pin'),
        preloadPath: join(bundleDir, 'hash-pin-preload.cjs'),
        isPackaged: app.isPackaged,
        log,
      }),
    )
    .catch((error: unknown) => {
      log.error(`The PIN hash window could not open: ${String(error)}`);
      app.exit(1);
    });
}
