// The Electron shell's entry, bundled by scripts/build-electron.ts into dist/electron/main.js.
// Everything before app.whenReady() runs synchronously on purpose: with an ES module entry,
// Electron emits 'ready' once this module has been evaluated, and the privileged scheme, the
// sandbox and the profile folder must be set before that. Never `await` at the top level here.
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import electronLog from 'electron-log/node';
import type { Logger } from '../core/index.ts';
import { registerAppScheme } from './app-protocol.ts';
import { handleAppSwitch } from './app-switches.ts';
import { declinesLoginStart } from './auto-start.ts';
import { configureLogging } from './logging.ts';
import { enableReadAloud } from './read-aloud.ts';
import { shellPaths, type ShellPaths } from './shell-paths.ts';
import { claimSingleInstance, leaveAsSecondInstance } from './single-instance.ts';
import { startShell } from './start-shell.ts';
import { EXIT_FAILED, supervisionOf } from './supervision.ts';
import { guardWebContents } from './web-contents-guards.ts';
import type { WindowKeeper } from './window-keeper.ts';

registerAppScheme();
app.enableSandbox();
enableReadAloud(process.platform);

let keeper: WindowKeeper | undefined;
const paths = readPaths();
// IT's --version, --validate-content, --hash-pin, --bundle-… and --fleet-status run instead of
// the kiosk: before the single-instance lock (they may run beside a running kiosk) and before
// any window.
if (paths && declinesLoginStart(process.argv, paths.policy.policy)) {
  app.exit(0);
} else if (paths && !handleAppSwitch({ argv: process.argv, paths, electronLog })) {
  const log = configureLogging(electronLog, paths.logDir);
  if (paths.dataDirNotice !== undefined) log.warn(paths.dataDirNotice);
  // Chromium's profile, and with it the single-instance lock, lives in the data folder, as the
  // browser shell's does: one kiosk per data folder, and nothing left in a per-user folder
  // named after Electron when it is started as `electron dist/electron/main.js`.
  app.setPath('userData', join(paths.dataDir, 'electron-profile'));
  if (claimSingleInstance(() => keeper?.current())) {
    start(paths, log);
  } else {
    leaveAsSecondInstance(supervisionOf(paths.policy.policy), log);
  }
}

function readPaths(): ShellPaths | undefined {
  try {
    return shellPaths({
      argv: process.argv,
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      bundleDir: dirname(fileURLToPath(import.meta.url)),
      env: process.env,
      platform: process.platform,
      homedir: homedir(),
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    app.exit(2);
    return undefined;
  }
}

function start(kioskPaths: ShellPaths, log: Logger): void {
  // An uncaught error is logged instead of raising Electron's dialog over the kiosk screen.
  electronLog.errorHandler.startCatching({ showDialog: false });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, log));
  app
    .whenReady()
    .then(async () => {
      keeper = await startShell({ paths: kioskPaths, log, isPackaged: app.isPackaged });
    })
    .catch((error: unknown) => {
      log.error('The kiosk could not start', {
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      app.exit(EXIT_FAILED);
    });
}
