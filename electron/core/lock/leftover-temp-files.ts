import { join } from 'node:path';
import type { Logger } from '../logger.ts';
import { describeFsError, type DurableFs } from '../store/durable-fs.ts';
import { isTempFileName } from '../store/write-durably.ts';

/**
 * Removes the temp files a kill or power cut left in `folders` mid-save (see tempPathFor). Only
 * once the data folder is this process's: another kiosk app's temp file may be a save under way.
 */
export async function removeLeftoverTempFiles(
  fs: DurableFs,
  folders: readonly string[],
  log: Logger,
): Promise<void> {
  const removed: string[] = [];
  for (const folder of folders) {
    const names = await fs.list(folder).catch(() => []);
    for (const name of names.filter(isTempFileName)) {
      try {
        await fs.unlink(join(folder, name));
        removed.push(name);
      } catch (error) {
        log.warn(
          `A temp file left by an interrupted save was not removed (${name}): ${describeFsError(error)}.`,
        );
      }
    }
  }
  if (removed.length > 0) {
    log.info(
      `Removed ${removed.length} temp file(s) left by an interrupted save: ${removed.join(', ')}`,
    );
  }
}
