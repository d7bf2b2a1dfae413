import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  openSync,
  readFileSync,
  unlinkSync,
} from 'node:fs';
import { join } from 'node:path';

/**
 * Whether this account can create files in `folder`, found by creating one and removing it.
 * fs.access(W_OK) cannot say on Windows: there it reads only the read-only attribute, never
 * the folder's ACL, so Program Files looks writable to a standard account.
 */
export function canCreateFiles(folder: string): boolean {
  const probe = join(
    folder,
    `.asb-kiosk-write-probe-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  try {
    closeSync(openSync(probe, 'wx'));
  } catch {
    return false;
  }
  try {
    unlinkSync(probe);
  } catch {
    // Created but not removable: the account may not replace files here either.
    return false;
  }
  return true;
}

/**
 * access(W_OK) on a path. Used on macOS only, for the app bundle itself: there access() weighs
 * permissions and ACLs, and a probe file inside a signed bundle would break its seal for as long
 * as it existed.
 */
export function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The machine's answers to the update plan's questions (update-plan.ts's InstallChecks). */
export const machineInstallChecks = {
  canCreateFiles,
  canWrite,
  exists: existsSync,
  readText: (path: string) => readFileSync(path, 'utf8'),
};
