// Switches for IT on the installed app, handled before the kiosk starts (main.ts):
//   --version                 prints the app version, exit 0
//   --validate-content FILE   checks a content file as the kiosk's import does: exit 0 valid,
//                             1 not valid, 2 unreadable (same code as `npm run admin -- validate-content`)
//   --hash-pin                a small window that makes an adminPinHash for policy.json
// The first two write to standard output AND to the log file (<data folder>/logs/main.log):
// on Windows the app is a GUI program with no console, so a double-click or a shortcut shows
// nothing, and only a redirect (Start-Process -Wait -RedirectStandardOutput) or the log has it.
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { app } from 'electron';
import type { NodeLogger } from 'electron-log';
import { validateContentFile, type ContentReport, type Logger } from '../core/index.ts';
import { openHashPinWindow } from './hash-pin-window.ts';
import { configureLogging } from './logging.ts';
import type { ShellPaths } from './shell-paths.ts';

export type AppSwitch =
  | { name: 'version' }
  | { name: 'validate-content'; file: string }
  | { name: 'hash-pin' }
  | { name: 'usage'; message: string };

const NEEDS_FILE =
  '--validate-content needs the content file to check, e.g. --validate-content C:\\Temp\\content.json';

/** The first of IT's switches on the command line, wherever Electron and Chromium put theirs. */
export function parseAppSwitch(argv: readonly string[]): AppSwitch | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg === '--version') return { name: 'version' };
    if (arg === '--hash-pin') return { name: 'hash-pin' };
    if (arg === '--validate-content' || arg.startsWith('--validate-content=')) {
      const file = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
      if (file === undefined || file.trim() === '' || file.startsWith('--')) {
        return { name: 'usage', message: NEEDS_FILE };
      }
      return { name: 'validate-content', file };
    }
  }
  return undefined;
}

export interface ReportSwitchDeps {
  version: string;
  log: Logger;
  /** One report, written to standard output; resolves once it is written (or cannot be). */
  write: (text: string) => Promise<void>;
  validate?: (file: string) => Promise<ContentReport>;
}

/** --version, --validate-content or a usage mistake: prints, logs, resolves to the exit code. */
export async function runReportSwitch(
  found: Exclude<AppSwitch, { name: 'hash-pin' }>,
  { version, log, write, validate = validateContentFile }: ReportSwitchDeps,
): Promise<number> {
  const report: ContentReport =
    found.name === 'version'
      ? { exitCode: 0, text: version }
      : found.name === 'usage'
        ? { exitCode: 2, text: found.message }
        : await validate(found.file);
  await write(report.text);
  const line = found.name === 'usage' ? report.text : `--${found.name}: ${report.text}`;
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
      log.error(`--${found.name} failed: ${String(error)}`);
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
