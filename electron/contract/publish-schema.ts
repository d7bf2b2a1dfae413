import { z } from 'zod';
import { Initials, SessionToken } from './admin-schema.ts';

/**
 * The publishing PC (policy role "publisher"): staff sign what this PC publishes into the bundle
 * folder every kiosk follows (electron/core/publish). Kiosks never offer it.
 */

// Apart, in publisher-status.ts, so admin's and editing's schemas can use them without a cycle.
export { PublisherStatus, SentAs } from './publisher-status.ts';

export const MAX_PASSPHRASE_CHARS = 1024;

export const publishOperations = {
  /** Signs the published content into the bundle folder for every kiosk. */
  publishToKiosks: {
    input: z.strictObject({
      token: SessionToken,
      passphrase: z
        .string({ error: "Type the key's passphrase." })
        .min(1, { error: "Type the key's passphrase." })
        .max(MAX_PASSPHRASE_CHARS, { error: "Type the key's passphrase." }),
      initials: Initials,
    }),
    output: z.object({
      version: z.number().int().positive(),
      keyId: z.string(),
      expiresAt: z.iso.datetime(),
      revision: z.number().int().nonnegative(),
    }),
  },
} as const;
