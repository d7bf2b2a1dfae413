import { join } from 'node:path';
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, type Content } from '../../contract/content-schema.ts';
import { StoredContent } from '../../contract/migrations.ts';
import { errorCode, nodeDurableFs, type DurableFs } from '../store/durable-fs.ts';
import { createDurableJsonFile } from '../store/durable-json-file.ts';
import type { StoreAlerts } from '../store/store-alerts.ts';
import { StoreFileError } from '../store/store-file-error.ts';

export const DRAFT_FILE = 'draft.json';

const StoredDraft = z.object({
  content: StoredContent,
  baseRevision: z.number().int().nonnegative(),
  savedAt: z.iso.datetime(),
});
export type StoredDraft = z.output<typeof StoredDraft>;

/** Staff's unpublished edits, on disk so that a restart loses none of them. */
export interface DraftFile {
  /**
   * Null when there is no draft, or when the file cannot be used: it is then kept aside, and
   * staff see it among the store alerts, so the next save cannot lose it.
   */
  read(): Promise<StoredDraft | null>;
  write(draft: { content: Content; baseRevision: number; savedAt: string }): Promise<void>;
  remove(): Promise<void>;
}

export function createDraftFile(options: {
  dataDir: string;
  alerts: StoreAlerts;
  fs?: DurableFs;
  platform?: NodeJS.Platform;
}): DraftFile {
  const { alerts, fs = nodeDurableFs, platform = process.platform } = options;
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
        if (!(error instanceof StoreFileError)) throw error;
        await alerts.keepAside(error);
        return null;
      }
    },
    async write(draft) {
      await alerts.clearTheWay(path);
      await file.write(draft);
    },
    async remove() {
      try {
        await fs.unlink(path);
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error;
      }
    },
  };
}
