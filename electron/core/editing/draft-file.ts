import { join } from 'node:path';
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, type Content } from '../../contract/content-schema.ts';
import { StoredContent } from '../../contract/migrations.ts';
import type { Logger } from '../logger.ts';
import { errorCode, nodeDurableFs, type DurableFs } from '../store/durable-fs.ts';
import { createDurableJsonFile } from '../store/durable-json-file.ts';

export const DRAFT_FILE = 'draft.json';

const StoredDraft = z.object({
  content: StoredContent,
  baseRevision: z.number().int().nonnegative(),
  savedAt: z.iso.datetime(),
});
export type StoredDraft = z.output<typeof StoredDraft>;

/** Staff's unpublished edits, on disk so that a restart loses none of them. */
export interface DraftFile {
  /** Null when there is no draft, or the file cannot be used (logged; the file is left alone). */
  read(): Promise<StoredDraft | null>;
  write(draft: { content: Content; baseRevision: number; savedAt: string }): Promise<void>;
  remove(): Promise<void>;
}

export function createDraftFile(options: {
  dataDir: string;
  log: Logger;
  fs?: DurableFs;
  platform?: NodeJS.Platform;
}): DraftFile {
  const { log, fs = nodeDurableFs, platform = process.platform } = options;
  const path = join(options.dataDir, DRAFT_FILE);
  const file = createDurableJsonFile({
    path,
    schema: StoredDraft,
    fs,
    platform,
    maxSchemaVersion: CURRENT_SCHEMA_VERSION,
  });
  return {
    async read() {
      try {
        return await file.read();
      } catch (error) {
        log.error(`The draft cannot be read and is ignored: ${(error as Error).message}`);
        return null;
      }
    },
    write: (draft) => file.write(draft),
    async remove() {
      try {
        await fs.unlink(path);
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error;
      }
    },
  };
}
