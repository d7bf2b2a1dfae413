import { z } from 'zod';
import { SessionToken } from './admin-schema.ts';

/**
 * The publishing PC's view of every kiosk's status file (`<statusFolder>/<kioskName>.json`),
 * judged as `npm run admin -- fleet-status` judges it (electron/core/fleet).
 */
export const FleetRow = z.object({
  kioskName: z.string(),
  state: z.enum(['ok', 'late', 'down', 'unreadable']),
  /** Since the file was last written, as this PC's clock sees it; null when unreadable. */
  ageSeconds: z.number().int().nonnegative().nullable(),
  /** The file time is further ahead of this PC's clock than the tolerance. */
  clockAhead: z.boolean(),
  appVersion: z.string().nullable(),
  /** The content revision visitors see; null when unreadable or the kiosk could not say. */
  contentRevision: z.number().int().nullable(),
  /** The central bundle version applied last; null without a source or before the first. */
  centralVersion: z.number().int().nullable(),
  /** Why the kiosk cannot update from the central source, one sentence; null when it can. */
  behindReason: z.string().nullable(),
  /** The kiosk's own edits keep that version from visitors (localEditing "all"). */
  keptLocal: z.boolean(),
  /** Why the file could not be read; null when it could. */
  problem: z.string().nullable(),
});
export type FleetRow = z.output<typeof FleetRow>;

export const fleetOperations = {
  /** Every kiosk's status as the publishing PC reads it now. */
  readFleetStatus: {
    input: z.strictObject({ token: SessionToken }),
    output: z.object({ rows: z.array(FleetRow), judgedAt: z.iso.datetime() }),
  },
} as const;
