// `npm run serve -- --port <n> --data-dir <dir>`: the browser shell on its own. Standard output
// carries exactly one line, the URL, for scripts and tests to read; everything else is stderr.
import { trackErrors } from '../core/index.ts';
import { parseServeArgs, USAGE, UsageError, type ServeArgs } from './serve-args.ts';
import { serveKiosk } from './serve-kiosk.ts';
import { createStderrLogger } from './stderr-logger.ts';
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

try {
  const host = await serveKiosk({
    port: args.port,
    dataDir: args.dataDir,
    rendererDir: args.rendererDir,
    env: process.env,
    log,
  });
  stopOnSignals(host.close, log);
  process.stdout.write(`${host.url}\n`);
  log.info(`Serving the kiosk; its data folder is ${host.dataDir}`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
