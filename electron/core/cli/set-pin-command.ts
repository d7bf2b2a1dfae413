import { setPin } from '../admin/set-pin.ts';
import type { Logger } from '../logger.ts';
import { readKioskSetup } from '../policy/kiosk-setup.ts';
import type { LoadedPolicy } from '../policy/read-policy.ts';
import { CliError, type CliIo } from './cli-io.ts';
import { readPin } from './read-pin.ts';

/**
 * `set-pin`: stores the hash of a PIN read from standard input in the data folder's security
 * file, clears any lockout and records it in the audit log. A kiosk already running takes the
 * new PIN at its next check. Refused, before the PIN is asked for, while IT's policy file sets
 * the PIN or cannot be read (it may be meant to): the policy wins, so a PIN set here would not.
 */
export async function runSetPin(io: CliIo, flag: string | undefined): Promise<void> {
  // The admin command runs from the repository, never packaged, like the browser shell.
  const { policy, dataDir } = readKioskSetup({ ...io, flag, isPackaged: false });
  refuseUnderPolicy(policy);
  const pin = await readPin(io.stdin, io.stderr);
  await setPin({ dataDir, pin, log: quietLogger(io), now: io.now, platform: io.platform });
  io.stdout.write(
    `The admin PIN is set for the kiosk data in ${dataDir}. Any lockout was cleared; a running kiosk uses the new PIN at once.\n`,
  );
}

function refuseUnderPolicy({ policy, path, problem }: LoadedPolicy): void {
  if (policy.adminPinHash !== undefined) {
    throw new CliError(
      `The admin PIN is set by IT's policy file at ${path}, so set-pin changed nothing. To change the PIN, replace adminPinHash there with the line "npm run admin -- hash-pin" prints.`,
    );
  }
  if (problem !== null) {
    throw new CliError(
      `IT's policy file at ${path} has problems, so set-pin changed nothing (the file may be meant to set the PIN). Fix it first:\n${problem}`,
    );
  }
}

// The command's own last line says what happened; only trouble goes to standard error.
function quietLogger(io: CliIo): Logger {
  const write = (message: string) => void io.stderr.write(`${message}\n`);
  return { info: () => undefined, warn: write, error: write };
}
