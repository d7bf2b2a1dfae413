// `npm run serve -- --port <n> --data-dir <dir>`: the browser shell on its own. Standard output
// carries exactly one line, the URL, for scripts and tests to read; everything else is stderr.
import { homedir } from 'node:os';
import { trackErrors } from '../core/ops/error-tracker.ts';
import { readKioskSetup } from '../core/policy/kiosk-setup.ts';
import { browserHeartbeat } from './browser-heartbeat.ts';
import { BUILT_RENDERER_DIR, DEFAULT_CONTENT_PATH } from './repo-paths.ts';
import { parseServeArgs, USAGE, UsageError, type ServeArgs } from './serve-args.ts';
import { createStderrLogger } from './stderr-logger.ts';
import { startHost } from './start-host.ts';
import { stopOnSignals } from './stop-on-signals.ts';

function argsOrExit(): ServeArgs {
  try {
    return parseServeArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
}

const args = argsOrExit();
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

// Everything logs through this, so the heartbeat can report the last error.
const log = trackErrors(createStderrLogger());
// The browser shell is never packaged, so KIOSK_POLICY_FILE may point at a test policy.
const { policy, dataDir } = readKioskSetup({
  flag: args.dataDir,
  env: process.env,
  platform: process.platform,
  homedir: homedir(),
  isPackaged: false,
});

try {
  const host = await startHost({
    port: args.port,
    dataDir,
    rendererDir: args.rendererDir ?? BUILT_RENDERER_DIR,
    defaultContentPath: DEFAULT_CONTENT_PATH,
    log,
    policy,
    startHeartbeat: await browserHeartbeat(dataDir, log),
  });
  stopOnSignals(host.close, log);
  process.stdout.write(`${host.url}\n`);
  log.info(`Serving the kiosk; its data folder is ${dataDir}`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
