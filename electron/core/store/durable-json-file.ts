import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { formatIssues } from '../../contract/format-issues.ts';
import { describeFsError, errorCode, type DurableFs } from './durable-fs.ts';
import { createSerialQueue } from './serial-queue.ts';
import { StoreFileError } from './store-file-error.ts';
import { writeFileDurably } from './write-durably.ts';

export interface DurableJsonFileOptions<T> {
  path: string;
  schema: z.ZodType<T>;
  fs: DurableFs;
  platform: NodeJS.Platform;
  /** A file whose `schemaVersion` is above this is refused as 'too-new' (and so never overwritten). */
  maxSchemaVersion?: number;
  /** The file's permissions on POSIX, e.g. PRIVATE_FILE_MODE; 0o666 less the umask when omitted. */
  mode?: number;
  /** A longer file is refused as 'invalid' unparsed: reading it would cost more than it is worth. */
  maxChars?: number;
  /** The file's text for `data`; serializeJson when omitted. One that remembers saves repeating it. */
  serialize?: (data: T) => string;
}

/** How every store file is laid out on disk: readable by people, one trailing newline. */
export function serializeJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * A lowdb adapter for one JSON file that is validated when read and durable when written.
 * lowdb's own file adapter never fsyncs, so a power cut can leave an empty file behind.
 * Writes are queued, so the last write asked for is the last one on disk.
 */
export function createDurableJsonFile<T>(options: DurableJsonFileOptions<T>): Adapter<T> {
  const { path, fs, platform, serialize = serializeJson } = options;
  const queue = createSerialQueue();
  return {
    read: async () => {
      const text = await readOrNull(fs, path);
      return text === null ? null : parse(text, options);
    },
    write: (data) =>
      queue.run(() => writeFileDurably(fs, path, serialize(data), platform, options.mode)),
  };
}

async function readOrNull(fs: DurableFs, path: string): Promise<string | null> {
  try {
    return await fs.readText(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw new StoreFileError('unreadable', path, [describeFsError(error)], { cause: error });
  }
}

function parse<T>(text: string, options: DurableJsonFileOptions<T>): T {
  const { path, schema, maxSchemaVersion, maxChars } = options;
  if (maxChars !== undefined && text.length > maxChars) {
    throw new StoreFileError('invalid', path, [
      `The file is ${megabytes(text.length)}, and the kiosk's own never passes ${megabytes(maxChars)}: something else wrote to it, so it was not read.`,
    ]);
  }
  if (text.trim() === '') {
    throw new StoreFileError('unparsable', path, [
      'The file is empty (a power cut during a save can do this).',
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new StoreFileError('unparsable', path, [(error as Error).message]);
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (maxSchemaVersion !== undefined && typeof version === 'number' && version > maxSchemaVersion) {
    throw new StoreFileError('too-new', path, [
      `Its schemaVersion is ${version}; this app reads up to ${maxSchemaVersion}. Update the kiosk app to use it.`,
    ]);
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new StoreFileError('invalid', path, formatIssues(result.error));
  return result.data;
}

function megabytes(chars: number): string {
  return `${(chars / 1_000_000).toFixed(1)} MB`;
}
