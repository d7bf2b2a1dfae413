import type { Logger } from '../logger.ts';
import { describeFsError, type DurableFs } from '../store/durable-fs.ts';
import { serializeJson } from '../store/durable-json-file.ts';
import { writeFileDurably } from '../store/write-durably.ts';

/** One file the heartbeat's snapshot is written to, and what its reader sees when it fails. */
export interface SnapshotFile<T> {
  path: string;
  /** How the log names it, e.g. "The heartbeat file". */
  label: string;
  /** What a reader sees while writes fail, e.g. "monitoring will see the file as stale". */
  whenStale: string;
  /** The file's JSON, from the snapshot. */
  render: (snapshot: T) => unknown;
}

/**
 * Writes each snapshot durably (temp file beside it, fsync, rename). A write that fails is
 * logged once, until one succeeds again, and never thrown: a full disk or a share that is away
 * must not stop the kiosk, and a stale file is what tells its reader something is wrong.
 */
export function snapshotFileWriter<T>(
  file: SnapshotFile<T>,
  { fs, platform, log }: { fs: DurableFs; platform: NodeJS.Platform; log: Logger },
): (snapshot: Promise<T>) => Promise<void> {
  let failing = false;
  return async (snapshot) => {
    try {
      await writeFileDurably(fs, file.path, serializeJson(file.render(await snapshot)), platform);
      if (failing) log.info(`${file.label} ${file.path} is written again.`);
      failing = false;
    } catch (error) {
      if (!failing) {
        log.error(
          `${file.label} ${file.path} could not be written: ${describeFsError(error)}. The kiosk keeps running; ${file.whenStale}.`,
        );
      }
      failing = true;
    }
  };
}
