import { join } from 'node:path';
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, type Content } from '../../contract/content-schema.ts';
import { RevisionInfo } from '../../contract/editing-schema.ts';
import { ApiError } from '../../contract/errors.ts';
import { StoredContent } from '../../contract/migrations.ts';
import { contentText } from '../content/checked-content.ts';
import type { Logger } from '../logger.ts';
import { nodeDurableFs, type DurableFs } from '../store/durable-fs.ts';
import { createDurableJsonFile, serializeJson } from '../store/durable-json-file.ts';
import { objectText } from '../store/object-text.ts';
import type { StoreAlerts } from '../store/store-alerts.ts';
import { StoreFileError } from '../store/store-file-error.ts';
import { writeFileDurably } from '../store/write-durably.ts';

export const REVISIONS_DIR = 'revisions';
/** More than the 200 the bureau asked for, so a busy week never pushes one out early. */
export const KEPT_REVISIONS = 250;

const RevisionFile = z.object({ info: RevisionInfo, content: StoredContent });
export type Revision = z.output<typeof RevisionFile>;

const FILE_NAME = /^(\d{8})\.json$/;
/** A revision's file, or one kept aside under its number, e.g. 00000007.json.invalid-2026-…. */
const ANY_NAME = /^(\d{8})\.json(?:$|\.)/;
const fileName = (number: number): string => `${String(number).padStart(8, '0')}.json`;

export interface RevisionPage {
  revisions: RevisionInfo[];
  nextBefore: number | null;
}

/** Numbered revisions, one file each in revisions/: written once, never changed. */
export interface RevisionStore {
  /** Every revision number on disk, oldest first. */
  numbers(): Promise<number[]>;
  /**
   * The number the next revision takes: after every file in revisions/, readable or not, and
   * after every one kept aside, so that no number is ever used twice.
   */
  nextNumber(): Promise<number>;
  /** Throws ApiError('not_found') for a number that is not kept. */
  read(number: number): Promise<Revision>;
  /**
   * Null where the file is missing or cannot be used; a damaged one is kept aside (its number
   * is still never used again) and staff see it among the store alerts.
   */
  tryRead(number: number): Promise<Revision | null>;
  write(info: RevisionInfo, content: Content): Promise<void>;
  /** Removes a revision that never became the published one (its publish failed). */
  remove(number: number): Promise<void>;
  list(options: { before?: number | undefined; limit: number }): Promise<RevisionPage>;
  /** Keeps the newest KEPT_REVISIONS; a failure is logged, never in the way of a publish. */
  prune(): Promise<void>;
}

export interface RevisionStoreOptions {
  dataDir: string;
  log: Logger;
  alerts: StoreAlerts;
  fs?: DurableFs;
  platform?: NodeJS.Platform;
}

export function createRevisionStore(options: RevisionStoreOptions): RevisionStore {
  const { log, alerts, fs = nodeDurableFs, platform = process.platform } = options;
  const dir = join(options.dataDir, REVISIONS_DIR);
  const path = (number: number) => join(dir, fileName(number));
  const file = (number: number) =>
    createDurableJsonFile({
      path: path(number),
      schema: RevisionFile,
      fs,
      platform,
      maxSchemaVersion: CURRENT_SCHEMA_VERSION,
    });

  const numbersNamed = async (pattern: RegExp): Promise<number[]> =>
    (await fs.list(dir))
      .map((name) => pattern.exec(name)?.[1])
      .filter((digits): digits is string => digits !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
  const numbers = () => numbersNamed(FILE_NAME);

  const tryRead = async (number: number): Promise<Revision | null> => {
    try {
      return await file(number).read();
    } catch (error) {
      if (!(error instanceof StoreFileError)) throw error;
      await alerts.keepAside(error);
      return null;
    }
  };

  return {
    numbers,
    nextNumber: async () => ((await numbersNamed(ANY_NAME)).at(-1) ?? 0) + 1,
    tryRead,
    async read(number) {
      const revision = await tryRead(number);
      if (!revision) {
        throw new ApiError('not_found', `Revision ${number} is not kept on this kiosk.`);
      }
      return revision;
    },
    async write(info, content) {
      await fs.mkdir(dir);
      // serializeJson({ info, content }), with the content's text made once for every file.
      const text = objectText([
        ['info', serializeJson(info)],
        ['content', contentText(content)],
      ]);
      await writeFileDurably(fs, path(info.number), text, platform);
    },
    async remove(number) {
      await fs.unlink(path(number));
    },
    async list({ before, limit }) {
      const all = (await numbers()).filter((n) => before === undefined || n < before).reverse();
      const page = all.slice(0, limit);
      const revisions: RevisionInfo[] = [];
      for (const number of page) {
        const revision = await tryRead(number);
        if (revision) revisions.push(revision.info);
      }
      const last = page.at(-1);
      return { revisions, nextBefore: all.length > limit && last !== undefined ? last : null };
    },
    async prune() {
      try {
        const all = await numbers();
        for (const number of all.slice(0, Math.max(0, all.length - KEPT_REVISIONS))) {
          await fs.unlink(path(number));
        }
      } catch (error) {
        log.error(`Old revisions could not be pruned: ${(error as Error).message}`);
      }
    },
  };
}
