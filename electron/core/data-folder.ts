import { join } from 'node:path';
import { AUDIT_FILE } from './admin/audit-log.ts';
import { SECURITY_FILE } from './admin/security-file.ts';
import { REVISIONS_DIR } from './editing/revision-store.ts';
import type { Logger } from './logger.ts';
import { CONTENT_FILE, LAST_GOOD_FILE } from './store/content-store.ts';
import { describeFsError, type DurableFs } from './store/durable-fs.ts';
import { tempPathFor } from './store/write-durably.ts';
import { USAGE_FILE } from './usage/usage-file.ts';
import type { Now } from './clock.ts';

const KIOSK_FILES = [
  CONTENT_FILE,
  LAST_GOOD_FILE,
  REVISIONS_DIR,
  SECURITY_FILE,
  AUDIT_FILE,
  USAGE_FILE,
];

/**
 * True when the data folder holds none of the kiosk's files (or does not exist): the kiosk has
 * never run here. A folder that cannot be looked into counts as used: that is the stricter view.
 */
export async function isNewDataFolder(fs: DurableFs, dataDir: string): Promise<boolean> {
  for (const name of KIOSK_FILES) {
    const found = await fs.exists(join(dataDir, name)).catch(() => true);
    if (found) return false;
  }
  return true;
}

/** How long a write check's answer holds: the heartbeat asks once a minute. */
const WRITE_CHECK_MS = 60_000;

export interface DataFolderCheck {
  /** Why the kiosk cannot write its data folder, for staff and IT; null when it can. */
  problem(): Promise<string | null>;
}

/**
 * Tries, at most once a minute, to write and remove a small file in the data folder: a folder
 * that is read-only, full or not the kiosk's leaves the kiosk running read-only, and this says
 * why. The log says so when it starts and when it ends.
 */
export function createDataFolderCheck(options: {
  fs: DurableFs;
  dataDir: string;
  log: Logger;
  /** Epoch milliseconds. */
  now: Now;
}): DataFolderCheck {
  const { fs, dataDir, log, now } = options;
  let last: { at: number; problem: string | null } | null = null;

  const probe = async (): Promise<string | null> => {
    // Named as a save's temp file, so one a kill leaves behind is swept at the next start.
    const path = tempPathFor(join(dataDir, 'write-check'));
    let created = false;
    try {
      const handle = await fs.open(path, 'wx');
      created = true;
      try {
        await handle.writeText('ok');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.unlink(path);
      return null;
    } catch (error) {
      if (created) await fs.unlink(path).catch(() => undefined);
      return describeFsError(error);
    }
  };

  return {
    async problem() {
      const time = now();
      // A clock set back starts the minute again rather than trust an answer from the future.
      if (last !== null && time >= last.at && time - last.at < WRITE_CHECK_MS) return last.problem;
      const reason = await probe();
      const problem =
        reason === null
          ? null
          : `The kiosk cannot save anything in its data folder (${reason}): visitors see the content, but changes, wrong PINs and usage counts are not saved. Please tell IT.`;
      if (reason !== null && last?.problem !== problem) {
        log.error(
          `The data folder ${dataDir} cannot be written: ${reason}. The kiosk runs read-only until it can: nothing staff change is saved, and sign-in closes after a wrong PIN.`,
        );
      }
      if (reason === null && last !== null && last.problem !== null) {
        log.info(`The data folder ${dataDir} can be written again.`);
      }
      last = { at: time, problem };
      return problem;
    },
  };
}
