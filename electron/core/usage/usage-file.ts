import { basename, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { z } from 'zod';
import { UsageDay, UsageKey, UsageKind } from '../../contract/usage-schema.ts';
import type { Logger } from '../logger.ts';
import { describeFsError, type DurableFs } from '../store/durable-fs.ts';
import { createDurableJsonFile } from '../store/durable-json-file.ts';
import { moveAside } from '../store/move-aside.ts';
import { StoreFileError } from '../store/store-file-error.ts';

export const USAGE_FILE = 'usage.json';

/** usage.json: keys are checked too, so free text can never come back from the file. */
export const UsageFile = z.object({
  enabled: z.boolean(),
  days: z.record(
    UsageDay.shape.date,
    z.partialRecord(UsageKind, z.record(UsageKey, z.number().int().nonnegative())),
  ),
});
export type UsageFile = z.output<typeof UsageFile>;

export interface LoadedUsage {
  /** null: no usable file, so counting starts from nothing. */
  data: UsageFile | null;
  /** False when the file on disk could not be read or moved aside: it must not be written over. */
  writable: boolean;
  /** True when a damaged file still said counting was off (see loadUsageFile). */
  turnedOff: boolean;
}

export interface UsageFileOptions {
  dataDir: string;
  fs: DurableFs;
  platform: NodeJS.Platform;
  now: () => number;
  log: Logger;
}

export function usageFile({ dataDir, fs, platform }: UsageFileOptions): Adapter<UsageFile> {
  return createDurableJsonFile({
    path: join(dataDir, USAGE_FILE),
    schema: UsageFile,
    fs,
    platform,
  });
}

/**
 * Reads usage.json and never rejects: counts are not worth stopping the kiosk for. A damaged
 * file is kept aside and counting starts again from nothing; one that cannot be read at all is
 * left alone, and this run keeps its counts in memory only.
 */
export async function loadUsageFile(options: UsageFileOptions): Promise<LoadedUsage> {
  const { fs, now, log } = options;
  const path = join(options.dataDir, USAGE_FILE);
  try {
    return { data: await usageFile(options).read(), writable: true, turnedOff: false };
  } catch (error) {
    if (!(error instanceof StoreFileError)) {
      log.error(`${messageOf(error)} Usage counts are kept in memory only until the next start.`);
      return { data: null, writable: false, turnedOff: false };
    }
    // Staff's choice to stop counting must survive a damaged file, or counting would quietly
    // start again.
    const turnedOff = await fs.readText(path).then(
      (text) => /"enabled"\s*:\s*false/.test(text),
      () => false,
    );
    try {
      const aside = await moveAside(fs, path, error.kind, new Date(now()));
      log.warn(
        `${error.message}\nIt was kept as ${basename(aside)}; usage counts start again from nothing.`,
      );
      return { data: null, writable: true, turnedOff };
    } catch (moveError) {
      log.error(
        `${error.summary} It could not be kept aside (${describeFsError(moveError)}), so it is left as it is and usage counts are kept in memory only until the next start.`,
      );
      return { data: null, writable: false, turnedOff };
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
