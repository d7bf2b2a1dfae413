import { z } from 'zod';
import { SessionToken } from './admin-schema.ts';
import { Initials } from './editing-schema.ts';
import { USAGE_BATCH_MAX, USAGE_KINDS } from './wire.ts';

/**
 * Anonymous counts, per day, of what visitors use. No search text, no identifiers, nothing per
 * visitor: each count is a bare "+1" on a named thing, and the day comes from the core's clock.
 */
export const UsageKind = z.enum(USAGE_KINDS);
export type UsageKind = z.output<typeof UsageKind>;

/** A screen name, program id, language or accessibility feature: never free text. */
export const UsageKey = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'A usage key is a lower-case name.' })
  .max(64, { error: 'A usage key is at most 64 characters.' });

export const UsageCount = z.strictObject({ kind: UsageKind, key: UsageKey });
export type UsageCount = z.output<typeof UsageCount>;

/** Days are kept this long, then dropped. */
export const USAGE_KEPT_DAYS = 90;

export const UsageDay = z.object({
  /** 2026-12-24, on the kiosk's clock. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  counts: z.record(UsageKind, z.record(z.string(), z.number().int().nonnegative())),
});
export type UsageDay = z.output<typeof UsageDay>;

export const usageOperations = {
  countUsage: {
    input: z.strictObject({
      counts: z
        .array(UsageCount)
        .min(1, { error: 'Send at least one count.' })
        .max(USAGE_BATCH_MAX, { error: `Send at most ${USAGE_BATCH_MAX} counts at once.` }),
    }),
    output: z.undefined(),
  },
  readUsage: {
    input: z.strictObject({ token: SessionToken }),
    output: z.object({
      enabled: z.boolean(),
      /** Oldest first, only days with counts, at most the last 90. */
      days: z.array(UsageDay),
      /** Each counted program's title, its last one for a program removed since. */
      programTitles: z.record(z.string(), z.string()),
    }),
  },
  setUsageCounting: {
    input: z.strictObject({ token: SessionToken, enabled: z.boolean(), initials: Initials }),
    output: z.object({ enabled: z.boolean() }),
  },
  exportUsageCsv: {
    input: z.strictObject({ token: SessionToken }),
    output: z.object({ fileName: z.string(), text: z.string() }),
  },
} as const;
