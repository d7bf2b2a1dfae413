import { setPin } from '../admin/set-pin.ts';
import { resolveDataDir } from '../data-dir.ts';
import type { Logger } from '../logger.ts';
import type { CliIo } from './cli-io.ts';
import { readPin } from './read-pin.ts';

/**
 * `set-pin`: stores the hash of a PIN read from standard input in the data folder's security
 * file, clears any lockout and records it in the audit log. A kiosk already running takes the
 * new PIN at its next check.
 */
export async function runSetPin(io: CliIo, flag: string | undefined): Promise<void> {
  const dataDir = resolveDataDir({ flag, env: io.env, platform: io.platform, homedir: io.homedir });
  const pin = await readPin(io.stdin, io.stderr);
  await setPin({ dataDir, pin, log: quietLogger(io), now: io.now, platform: io.platform });
  io.stdout.write(
    `The admin PIN is set for the kiosk data in ${dataDir}. Any lockout was cleared; a running kiosk uses the new PIN at once.\n`,
  );
}

// The command's own last line says what happened; only trouble goes to standard error.
function quietLogger(io: CliIo): Logger {
  const write = (message: string) => void io.stderr.write(`${message}\n`);
  return { info: () => undefined, warn: write, error: write };
}
