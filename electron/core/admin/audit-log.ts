import { join } from 'node:path';
import { z } from 'zod';
import { AuditAction, MAX_AUDIT_PAGE, type AuditEntry } from '../../contract/admin-schema.ts';
import {
  describeFsError,
  errorCode,
  nodeDurableFs,
  PRIVATE_FILE_MODE,
  type DurableFs,
} from '../store/durable-fs.ts';
import { createSerialQueue } from '../store/serial-queue.ts';
import { appendDurably } from '../store/write-durably.ts';
import type { Logger } from '../logger.ts';
import type { Now } from '../clock.ts';

export type { AuditAction, AuditEntry } from '../../contract/admin-schema.ts';

export const AUDIT_FILE = 'audit.jsonl';

const AuditLine = z.object({
  time: z.iso.datetime(),
  action: AuditAction,
  initials: z.string().optional(),
  detail: z.string().optional(),
});

/** One line of audit.jsonl. Never a PIN or a PIN hash. */
export type AuditLine = z.output<typeof AuditLine>;

/** What a caller records; the log stamps the time. */
export interface AuditRecord {
  action: AuditAction;
  /** The editor's initials, when the action asked for them (publish, restore, import). */
  initials?: string;
  /** A short plain-words note, e.g. "Revision 12". */
  detail?: string;
}

export interface AuditPage {
  /** Newest first. */
  entries: AuditEntry[];
  /** Pass as `before` for the next, older page; null when this page reaches the oldest line. */
  nextBefore: number | null;
}

export interface AuditReadOptions {
  /** Only lines older than this id; omitted: start at the newest. */
  before?: number;
  /** At most this many (1 to 200, 50 when omitted). */
  limit?: number;
}

export interface AuditLog {
  /**
   * Appends one line per record, all in one write, and resolves once they are on disk (fsync).
   * Rejects with an AuditWriteError when they cannot be written.
   */
  append(...records: AuditRecord[]): Promise<void>;
  read(options?: AuditReadOptions): Promise<AuditPage>;
}

export interface AuditLogOptions {
  dataDir: string;
  /** Epoch milliseconds. */
  now: Now;
  log: Logger;
  fs?: DurableFs | undefined;
  platform?: NodeJS.Platform | undefined;
}

export const DEFAULT_AUDIT_PAGE = 50;

/** The audit log could not be written; `reason` says why in plain words, without a path. */
export class AuditWriteError extends Error {
  readonly reason: string;

  constructor(path: string, cause: unknown) {
    const reason = describeFsError((cause as { cause?: unknown }).cause ?? cause);
    super(`Could not add to the audit log ${path}: ${reason}.`, { cause });
    this.name = 'AuditWriteError';
    this.reason = reason;
  }
}

/**
 * The append-only record of admin actions in `<dataDir>/audit.jsonl`, one JSON object a line.
 * Appends are queued so lines never interleave and a read sees every append asked for before it.
 */
export function createAuditLog(options: AuditLogOptions): AuditLog {
  const { dataDir, now, log, fs = nodeDurableFs, platform = process.platform } = options;
  const path = join(dataDir, AUDIT_FILE);
  const queue = createSerialQueue();

  return {
    append(...records) {
      const time = new Date(now()).toISOString();
      const text = records
        .map((record) => `${JSON.stringify({ time, ...pickRecord(record) } satisfies AuditLine)}\n`)
        .join('');
      return queue.run(async () => {
        try {
          await fs.mkdir(dataDir);
          await appendDurably(fs, path, text, platform, PRIVATE_FILE_MODE);
        } catch (error) {
          throw new AuditWriteError(path, error);
        }
      });
    },
    read(readOptions = {}) {
      return queue.run(async () => page(await readLines(fs, path, log), readOptions));
    },
  };
}

// Only the known fields reach the disk, whatever object a caller passes.
function pickRecord({ action, initials, detail }: AuditRecord): AuditRecord {
  return {
    action,
    ...(initials === undefined ? {} : { initials }),
    ...(detail === undefined ? {} : { detail }),
  };
}

async function readLines(fs: DurableFs, path: string, log: Logger): Promise<AuditEntry[]> {
  let text: string;
  try {
    text = await fs.readText(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw new Error(`Could not read the audit log ${path}: ${describeFsError(error)}.`, {
      cause: error,
    });
  }
  const entries: AuditEntry[] = [];
  let unreadable = 0;
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const parsed = AuditLine.safeParse(parseJson(raw));
    if (parsed.success) entries.push({ ...parsed.data, id: index + 1 });
    else unreadable += 1;
  });
  // A power cut during an append can leave a torn last line; the rest is still worth reading.
  if (unreadable > 0)
    log.warn(`The audit log ${path} has ${unreadable} unreadable line(s); they were skipped.`);
  return entries;
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function page(entries: AuditEntry[], { before, limit }: AuditReadOptions): AuditPage {
  const size = Math.min(Math.max(Math.trunc(limit ?? DEFAULT_AUDIT_PAGE), 1), MAX_AUDIT_PAGE);
  const older = before === undefined ? entries : entries.filter((entry) => entry.id < before);
  const chosen = older.slice(-size).reverse();
  const oldest = chosen.at(-1);
  const more = oldest !== undefined && older.length > chosen.length;
  return { entries: chosen, nextBefore: more ? oldest.id : null };
}
