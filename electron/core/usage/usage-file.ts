import { join } from 'node:path';
import type { Adapter } from 'lowdb';
import { z } from 'zod';
import { MAX_PROGRAMS } from '../../contract/content-rules.ts';
import { UsageDay, UsageKey, USAGE_KEPT_DAYS } from '../../contract/usage-schema.ts';
import { KIOSK_LANGUAGES, SCREEN_NAMES, USAGE_FEATURES } from '../../contract/wire.ts';
import type { Logger } from '../logger.ts';
import { PRIVATE_FILE_MODE, type DurableFs } from '../store/durable-fs.ts';
import { createDurableJsonFile } from '../store/durable-json-file.ts';
import type { StoreAlerts } from '../store/store-alerts.ts';
import { StoreFileError } from '../store/store-file-error.ts';

export const USAGE_FILE = 'usage.json';

/** The most counts kept for one day: far more than a lobby's visitors make (see count). */
export const USAGE_DAY_MAX = 50_000;

const Count = z.number().int().nonnegative().max(USAGE_DAY_MAX);
/** A tile's title is far shorter (SHORT_TEXT_MAX); this only bounds what the file may hold. */
const PROGRAM_TITLE_MAX = 200;

/**
 * usage.json: each kind holds only the names the kiosk counts (see isCountedName), so neither
 * free text nor a flood of names can come back from the file. Program ids are checked by form
 * and number only: a program removed since keeps the counts of its days.
 */
export const UsageFile = z.object({
  enabled: z.boolean(),
  days: z.record(
    UsageDay.shape.date,
    z.strictObject({
      screen: z.partialRecord(z.enum(SCREEN_NAMES), Count).optional(),
      program: z
        .record(UsageKey, Count)
        .refine((programs) => Object.keys(programs).length <= MAX_PROGRAMS, {
          error: `At most ${MAX_PROGRAMS} programs are counted a day.`,
        })
        .optional(),
      language: z.partialRecord(z.enum(KIOSK_LANGUAGES), Count).optional(),
      feature: z.partialRecord(z.enum(USAGE_FEATURES), Count).optional(),
    }),
  ),
  /**
   * The title of each program counted in the days kept, as last seen: it names a program
   * removed since, whose title the content no longer has. Absent in files before it.
   */
  programTitles: z
    .record(UsageKey, z.string().max(PROGRAM_TITLE_MAX))
    .refine((titles) => Object.keys(titles).length <= USAGE_KEPT_DAYS * MAX_PROGRAMS, {
      error: 'More program titles than the days kept can count.',
    })
    .optional(),
});

/**
 * The longest usage.json the kiosk itself writes, with room to spare: every name it counts on
 * each day kept, at under 100 characters each as written (a 64-character id, its count,
 * indentation), and each program's title, under 300 more. A longer file is not the kiosk's, and is not even parsed, so that a flood of
 * names cannot slow the start.
 */
export const USAGE_FILE_MAX_CHARS =
  USAGE_KEPT_DAYS *
  (SCREEN_NAMES.length + MAX_PROGRAMS * 4 + KIOSK_LANGUAGES.length + USAGE_FEATURES.length) *
  100;
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
  /** Where a usage.json the kiosk cannot use is reported, for staff. */
  alerts: StoreAlerts;
}

export function usageFile({ dataDir, fs, platform }: UsageFileOptions): Adapter<UsageFile> {
  return createDurableJsonFile({
    path: join(dataDir, USAGE_FILE),
    schema: UsageFile,
    fs,
    platform,
    mode: PRIVATE_FILE_MODE,
    maxChars: USAGE_FILE_MAX_CHARS,
  });
}

/**
 * Reads usage.json and never rejects: counts are not worth stopping the kiosk for. A damaged
 * file is kept aside and counting starts again from nothing; one that cannot be read at all is
 * left alone, and this run keeps its counts in memory only. Staff see either in admin.
 */
export async function loadUsageFile(options: UsageFileOptions): Promise<LoadedUsage> {
  const { fs, log, alerts } = options;
  const path = join(options.dataDir, USAGE_FILE);
  try {
    return { data: await usageFile(options).read(), writable: true, turnedOff: false };
  } catch (error) {
    if (!(error instanceof StoreFileError)) throw error;
    // One the disk will not give may be fine once it does (EIO, a permission put right).
    if (error.kind === 'unreadable') {
      const reason = `${error.summary} It is left as it is, and usage counts are kept in memory only until the next start.`;
      log.error(`${messageOf(error)}\nUsage counts are kept in memory only until the next start.`);
      const { kind, file, issues } = error;
      const at = new Date(options.now()).toISOString();
      alerts.add({ kind, file, issues, at, movedTo: null, reason });
      return { data: null, writable: false, turnedOff: false };
    }
    // Staff's choice to stop counting must survive a damaged file, or counting would quietly
    // start again.
    const turnedOff = await fs.readText(path).then(
      (text) => /"enabled"\s*:\s*false/.test(text),
      () => false,
    );
    const { movedTo } = await alerts.keepAside(error);
    return { data: null, writable: movedTo !== null, turnedOff };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
