import { z } from 'zod';
import { CentralStatus } from './central-schema.ts';
import { PublisherStatus } from './publisher-status.ts';

/** Every kind of line the audit log holds. */
export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'lockout',
  'sign-out',
  'session-expired',
  'pin-set',
  'publish',
  'restore',
  'import',
  'settings-changed',
  'kiosk-quit',
  'central-applied',
  'bundle-published',
  'bundle-resigned',
] as const;

export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.output<typeof AuditAction>;

/** One line of the audit log as admin reads it; `id` is its line number (1 = oldest). */
export const AuditEntry = z.object({
  id: z.number().int().positive(),
  time: z.iso.datetime(),
  action: AuditAction,
  initials: z.string().optional(),
  detail: z.string().optional(),
});
export type AuditEntry = z.output<typeof AuditEntry>;

export const MAX_AUDIT_PAGE = 200;

/** An admin session's token, as every admin operation carries it. */
export const SessionToken = z
  .string({ error: 'Sign in to admin first.' })
  .min(1, { error: 'Sign in to admin first.' })
  .max(200, { error: 'This is not an admin session token.' });

/**
 * Initials on an action staff take (publish, restore, import, settings, quit): who did it, in the
 * audit log and the history. Here rather than with editing, so every admin group can use them.
 */
export const Initials = z
  .string({ error: 'Type your initials.' })
  .trim()
  .regex(/^[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]{2,4}$/, { error: 'Initials are 2 to 4 letters, e.g. JD.' });

export const AdminStatus = z.object({
  pinSet: z.boolean(),
  /** Epoch milliseconds; null when the PIN pad is not locked. */
  lockedUntil: z.number().nullable(),
  /** Wrong PINs left before the pad locks (0 while it is locked or admin is closed). */
  attemptsLeft: z.number().int().nonnegative(),
  /**
   * What keeps the kiosk from working as it should, one plain line each for staff to pass to IT
   * (the heartbeat gives IT the same lines): sign-in closed or unable to save wrong PINs, keys of
   * IT's policy that were not applied, a data folder the kiosk cannot write, files kept aside.
   * Never a path, a PIN or a hash. The core always sends it; optional only for callers' fakes.
   */
  problems: z.array(z.string()).optional(),
  /**
   * How the kiosk follows IT's central source (policy contentSource): staff's banner, and the
   * sign that content cannot be edited here. Null without a source. When the policy's
   * contentSource cannot be used, `reason` says so and editing stays locked. The core always
   * sends it; optional only for callers' fakes.
   */
  central: CentralStatus.nullable().optional(),
  /**
   * The publishing PC's state (policy role "publisher"): the button to send content to all kiosks
   * and the kiosks' version and expiry. Null on a kiosk. The core always sends it; optional only
   * for callers' fakes.
   */
  publisher: PublisherStatus.nullable().optional(),
});

/** A damaged or unreadable file the kiosk found at start-up; staff see it in admin. */
export const StoreAlertInfo = z.object({
  file: z.string(),
  /** Where it is kept; `file` itself when the disk would not let it be moved (`reason` says so). */
  movedTo: z.string(),
  reason: z.string(),
  issues: z.array(z.string()),
  at: z.string(),
});

export const adminOperations = {
  adminStatus: {
    input: z.undefined(),
    output: AdminStatus,
  },
  adminSignIn: {
    // Only the shape is checked here; the core says "The PIN must be 6 to 12 digits." itself.
    input: z.strictObject({
      pin: z
        .string({ error: 'Type the PIN with the digit buttons.' })
        .max(100, { error: 'The PIN must be 6 to 12 digits.' }),
    }),
    output: z.object({ token: z.string(), expiresAt: z.number() }),
  },
  adminSignOut: {
    input: z.strictObject({ token: SessionToken }),
    output: z.undefined(),
  },
  readStoreAlerts: {
    input: z.strictObject({ token: SessionToken }),
    output: z.object({ alerts: z.array(StoreAlertInfo) }),
  },
  readAuditLog: {
    input: z.strictObject({
      token: SessionToken,
      before: z
        .number({ error: 'before must be a line number from an earlier page.' })
        .int({ error: 'before must be a whole number.' })
        .positive({ error: 'before must be 1 or more.' })
        .optional(),
      limit: z
        .number({ error: 'limit must be a number.' })
        .int({ error: 'limit must be a whole number.' })
        .min(1, { error: 'limit must be 1 or more.' })
        .max(MAX_AUDIT_PAGE, { error: `limit must be ${MAX_AUDIT_PAGE} or fewer.` })
        .optional(),
    }),
    output: z.object({
      /** Newest first. */
      entries: z.array(AuditEntry),
      /** Pass as `before` for the next, older page; null at the oldest line. */
      nextBefore: z.number().int().positive().nullable(),
    }),
  },
  /** Closes the kiosk app for maintenance; the only way out besides the operating system's. */
  quitKiosk: {
    input: z.strictObject({ token: SessionToken, initials: Initials }),
    output: z.undefined(),
  },
} as const;
