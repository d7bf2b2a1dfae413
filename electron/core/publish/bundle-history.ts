import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../logger.ts';
import { describeFsError, errorCode, nodeDurableFs, type DurableFs } from '../store/durable-fs.ts';
import { writeFileDurably } from '../store/write-durably.ts';

export const BUNDLE_HISTORY_FILE = 'bundle-history.json';
/** Far more sends than History pages through; the file stays a few tens of kilobytes. */
export const KEPT_SENDS = 250;

/** One send to all kiosks: which revision went out as which central version. */
export const SentRecord = z.object({
  revision: z.number().int().nonnegative(),
  version: z.number().int().positive(),
  keyId: z.string(),
  at: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type SentRecord = z.output<typeof SentRecord>;

const HistoryFile = z.array(SentRecord);

export interface BundleHistory {
  /** Oldest first. */
  list(): readonly SentRecord[];
  /** The latest send of `revision`, or undefined when it was never sent. */
  latestOf(revision: number): SentRecord | undefined;
  /** Adds a send durably, keeping the newest KEPT_SENDS; rejects when the file cannot be written. */
  add(record: SentRecord): Promise<void>;
}

export interface BundleHistoryOptions {
  dataDir: string;
  log: Logger;
  fs?: DurableFs | undefined;
  platform?: NodeJS.Platform | undefined;
}

/**
 * `<dataDir>/bundle-history.json`: what History shows as "Sent to all kiosks as version 7". A
 * file that cannot be read starts an empty list (logged): losing these labels loses no content,
 * and the bundle folder's manifest stays what kiosks follow.
 */
export async function openBundleHistory(options: BundleHistoryOptions): Promise<BundleHistory> {
  const path = join(options.dataDir, BUNDLE_HISTORY_FILE);
  let records = await readHistory(path, options.log);
  return {
    list: () => records,
    latestOf: (revision) => records.findLast((record) => record.revision === revision),
    async add(record) {
      const next = [...records, record].slice(-KEPT_SENDS);
      await writeFileDurably(
        options.fs ?? nodeDurableFs,
        path,
        `${JSON.stringify(next, null, 2)}\n`,
        options.platform ?? process.platform,
      );
      records = next;
    },
  };
}

async function readHistory(path: string, log: Logger): Promise<SentRecord[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') {
      log.warn(
        `${path} could not be read (${describeFsError(error)}); History starts without "sent to all kiosks" labels.`,
      );
    }
    return [];
  }
  try {
    return HistoryFile.parse(JSON.parse(text));
  } catch {
    log.warn(
      `${path} is damaged; History starts without "sent to all kiosks" labels, and the next send writes it anew.`,
    );
    return [];
  }
}
