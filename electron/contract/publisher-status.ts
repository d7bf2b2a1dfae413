import { z } from 'zod';

/** What admin shows of the publishing PC; null in AdminStatus unless policy role is "publisher". */
export const PublisherStatus = z.object({
  bundleFolder: z.string(),
  /** The central version now in the bundle folder; null when none was sent yet or it is unreadable. */
  version: z.number().int().positive().nullable(),
  /** When the kiosks stop trusting that version; null as for `version`. */
  expiresAt: z.iso.datetime().nullable(),
  /** True while this app holds the key it last signed with, so it renews the bundle itself. */
  keyHeld: z.boolean(),
});
export type PublisherStatus = z.output<typeof PublisherStatus>;

/** How a revision was sent to all kiosks, as History shows it. */
export const SentAs = z.object({
  version: z.number().int().positive(),
  keyId: z.string(),
  at: z.iso.datetime(),
});
export type SentAs = z.output<typeof SentAs>;
