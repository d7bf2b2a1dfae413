import { join } from 'node:path';
import { REVISIONS_DIR } from '../editing/revision-store.ts';
import type { Logger } from '../logger.ts';
import type { DurableFs } from '../store/durable-fs.ts';
import { lockDataFolder, type DataFolderLock } from './data-folder-lock.ts';
import { removeLeftoverTempFiles } from './leftover-temp-files.ts';
import { createProcessProbe } from './process-identity.ts';

export interface ClaimOptions {
  fs: DurableFs;
  dataDir: string;
  platform: NodeJS.Platform;
  log: Logger;
}

/**
 * What a kiosk app does to its data folder before anything else: make it, lock it (or reject
 * with DataFolderInUseError, naming the kiosk app that has it), then sweep away the temp files
 * an interrupted save left. Before the store opens, so nothing is read or written unlocked.
 */
export async function claimDataFolder(options: ClaimOptions): Promise<DataFolderLock> {
  const { fs, dataDir, platform, log } = options;
  // A folder that cannot be made is said by the lock's problem, and by the store's log.
  await fs.mkdir(dataDir).catch(() => undefined);
  const lock = await lockDataFolder({ ...options, probe: createProcessProbe({ platform }) });
  if (lock.problem === null) {
    await removeLeftoverTempFiles(fs, [dataDir, join(dataDir, REVISIONS_DIR)], log);
  }
  return lock;
}
