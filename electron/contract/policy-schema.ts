import { z } from 'zod';
import { ContentSource } from './central-schema.ts';
import { KioskSettings } from './content-schema.ts';

/**
 * IT's machine policy: a JSON file the kiosk only reads, at a fixed path per OS (see
 * electron/core/policy/policy-path.ts). Every key is optional; a key that is absent leaves the
 * choice to staff or to the kiosk's default, a key that is present wins over staff's settings.
 * The file is judged key by key (electron/core/policy/read-policy.ts): a key that breaks its rule
 * is not applied and is reported, the others apply. Unknown keys are reported, so a misspelt key
 * is an error IT sees, not a setting silently lost. Every message says what to write instead: IT
 * reads them in the log and the heartbeat, staff see them in admin.
 */

export const POLICY_FILE_NAME = 'policy.json';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const Weekday = z.enum(WEEKDAYS, {
  error: `A day must be one of ${WEEKDAYS.map((day) => `"${day}"`).join(', ')}.`,
});
export type Weekday = z.output<typeof Weekday>;

/** The languages the kiosk has, in the order it offers them. */
export const LANGUAGES = KioskSettings.shape.defaultLanguage.options;
export const Language = z.enum(LANGUAGES, { error: 'A language must be "en" or "es".' });
export type Language = z.output<typeof Language>;

const ClockTime = z
  .string({ error: 'A time must look like "07:30" (24-hour clock, in quotes).' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'A time must look like 07:30 (24-hour clock).' });

const trueOrFalse = (key: string) =>
  z.boolean({ error: `${key} must be true or false (without quotes).` });

const IdleSeconds = z
  .number({ error: 'Idle seconds must be a number, e.g. 90.' })
  .int({ error: 'Idle seconds must be a whole number.' })
  .min(30, { error: 'Idle seconds must be at least 30.' })
  .max(600, { error: 'Idle seconds must be at most 600.' });

export const IdleTimeoutBounds = z
  .strictObject(
    { min: IdleSeconds, max: IdleSeconds },
    { error: 'idleTimeoutSeconds must look like {"min": 60, "max": 180}.' },
  )
  .refine(({ min, max }) => min <= max, {
    error: 'idleTimeoutSeconds.min must not be more than idleTimeoutSeconds.max.',
  });
export type IdleTimeoutBounds = z.output<typeof IdleTimeoutBounds>;

/** When the display must stay on; outside these hours the OS's own sleep settings apply. */
export const DisplaySchedule = z
  .strictObject(
    {
      days: z
        .array(Weekday, { error: 'days must be a list, e.g. ["mon", "tue", "wed"].' })
        .min(1, { error: 'Name at least one day, e.g. ["mon", "tue", "wed", "thu", "fri"].' }),
      from: ClockTime,
      until: ClockTime,
    },
    {
      error:
        'displayAwake must look like {"days": ["mon", "tue"], "from": "07:30", "until": "17:30"}.',
    },
  )
  .refine(({ from, until }) => from < until, {
    error: 'displayAwake.from must be earlier than displayAwake.until, e.g. 07:30 and 17:30.',
  });
export type DisplaySchedule = z.output<typeof DisplaySchedule>;

export const POLICY_KEYS = [
  'dataDir',
  'adminPinHash',
  'idleTimeoutSeconds',
  'languages',
  'usageCounts',
  'autoStart',
  'kioskMode',
  'displayAwake',
  'updateServer',
  'updatePublisherSubject',
  'supervised',
  'allowDataDirSwitch',
  'transferFolder',
  'contentSource',
  'kioskName',
  'statusFolder',
  'role',
  'publisher',
] as const;

export type PolicyKey = (typeof POLICY_KEYS)[number];

export function isPolicyKey(key: string): key is PolicyKey {
  return (POLICY_KEYS as readonly string[]).includes(key);
}

/** The words for keys the policy does not take, e.g. a misspelt one. */
export function unknownKeysMessage(keys: readonly string[]): string {
  const named = keys.map((key) => `"${key}"`).join(', ');
  return `Unknown key ${named}: the policy takes only ${POLICY_KEYS.join(', ')}.`;
}

/**
 * scrypt's least cost for IT's PIN hash: cheaper, a copy of the policy file would give the PIN
 * away in moments (a 6-digit PIN has only a million candidates).
 */
export const MIN_POLICY_SCRYPT = { N: 2 ** 14, r: 8 } as const;

function costlyEnough(hash: string): boolean {
  const match = /^scrypt\$(\d+)\$(\d+)\$/.exec(hash);
  // A hash of another shape is refused by the rule on its shape, in its own words.
  if (match === null) return true;
  return Number(match[1]) >= MIN_POLICY_SCRYPT.N && Number(match[2]) >= MIN_POLICY_SCRYPT.r;
}

/**
 * A CN and at least one more attribute: a CN alone is all electron-updater would match by, and
 * another organisation's certificate may carry the same CN.
 */
function isWholeSubject(subject: string): boolean {
  return /(?:^|,)\s*CN=[^,]/i.test(subject) && /,\s*[\w.]+=/.test(subject);
}

const UPDATE_PUBLISHER_SUBJECT_RULE =
  'updatePublisherSubject must be the signing certificate\'s whole subject, e.g. "CN=California Commission on Peace Officer Standards and Training, O=California Commission on Peace Officer Standards and Training, L=Sacramento, S=California, C=US".';

const ABSOLUTE_PATH = /^(\/|[A-Za-z]:[\\/]|\\\\)/;

// Letters and digits at both ends: the name becomes a file name on a share, where a leading dot
// hides a file and Windows drops a trailing dot or space.
const KIOSK_NAME = /^[\p{L}\p{N}](?:[\p{L}\p{N} ._-]*[\p{L}\p{N}])?$/u;

/** What this PC is: a lobby kiosk, or the bureau's publishing PC that signs content for them. */
export const ROLES = ['kiosk', 'publisher'] as const;
export const Role = z.enum(ROLES, { error: 'role must be "kiosk" or "publisher".' });
export type Role = z.output<typeof Role>;

/** Kiosks trust a signed bundle this many days unless the policy says otherwise. */
export const DEFAULT_EXPIRES_DAYS = 30;

const absolutePath = (key: string, example: string) =>
  z
    .string({ error: `${key} must be an absolute path in quotes, e.g. "${example}".` })
    .refine((path) => ABSOLUTE_PATH.test(path), {
      error: `${key} must be an absolute path, e.g. ${example}.`,
    });

/** Where the publishing PC signs content to, and with which key (see electron/core/publish). */
export const PublisherSettings = z.strictObject(
  {
    bundleFolder: absolutePath('publisher.bundleFolder', '\\\\\\\\fileserver\\\\kiosk-bundle'),
    keyFile: absolutePath('publisher.keyFile', 'D:\\\\keys\\\\1a2b3c4d5e6f7a8b.key.pem'),
    expiresDays: z
      .number({ error: 'publisher.expiresDays must be a number of days, e.g. 30.' })
      .int({ error: 'publisher.expiresDays must be a whole number of days.' })
      .min(1, { error: 'publisher.expiresDays must be at least 1.' })
      .max(365, { error: 'publisher.expiresDays must be at most 365.' })
      .optional(),
  },
  {
    error:
      'publisher must look like {"bundleFolder": "\\\\\\\\fileserver\\\\kiosk-bundle", "keyFile": "D:\\\\keys\\\\1a2b3c4d5e6f7a8b.key.pem", "expiresDays": 30}.',
  },
);
export type PublisherSettings = z.output<typeof PublisherSettings>;

const policyError = (issue: { code?: string; keys?: string[] }) => {
  if (issue.code === 'unrecognized_keys') return unknownKeysMessage(issue.keys ?? []);
  if (issue.code === 'invalid_type') {
    return 'The file must hold one JSON object, e.g. {"usageCounts": false}.';
  }
  return undefined;
};

export const Policy = z.strictObject(
  {
    /** A machine-wide data folder (absolute), e.g. C:\ProgramData\ASB Lobby Kiosk\data. */
    dataDir: z
      .string({ error: 'dataDir must be a folder in quotes, e.g. "/var/lib/asb-lobby-kiosk".' })
      .min(1, { error: 'dataDir must name a folder.' })
      .refine((path) => ABSOLUTE_PATH.test(path), {
        error: 'dataDir must be an absolute path, e.g. /var/lib/asb-lobby-kiosk.',
      })
      .optional(),
    /** From `--hash-pin` or `npm run admin -- hash-pin`; staff cannot change the PIN then. */
    adminPinHash: z
      .string({ error: 'adminPinHash must be the line printed by hash-pin, in quotes.' })
      .regex(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/, {
        error: 'adminPinHash must be the whole line printed by hash-pin (it starts with scrypt$).',
      })
      .refine(costlyEnough, {
        error: `This hash was made too cheaply to guard the PIN (scrypt needs N of at least ${MIN_POLICY_SCRYPT.N} and r of at least ${MIN_POLICY_SCRYPT.r}). Run \`npm run admin -- hash-pin\` again and paste the whole line it prints.`,
      })
      .optional(),
    /** Staff choose the idle timeout within these bounds. */
    idleTimeoutSeconds: IdleTimeoutBounds.optional(),
    /** The languages visitors may choose; the first is the start language if staff's is not here. */
    languages: z
      .array(Language, { error: 'languages must be a list, e.g. ["en", "es"].' })
      .min(1, { error: 'languages must name at least one of "en" and "es".' })
      .refine((list) => new Set(list).size === list.length, {
        error: 'languages must not name a language twice.',
      })
      .optional(),
    /** Anonymous usage counts on or off, whatever staff choose. */
    usageCounts: trueOrFalse('usageCounts').optional(),
    /** Start the kiosk when the kiosk account logs in (default true). */
    autoStart: trueOrFalse('autoStart').optional(),
    /** false: an ordinary window IT can leave, for maintenance (default true). */
    kioskMode: trueOrFalse('kioskMode').optional(),
    displayAwake: DisplaySchedule.optional(),
    /** Where signed updates are offered (HTTPS only); without it the kiosk never looks. */
    updateServer: z
      .url({ protocol: /^https$/, error: 'updateServer must be an https:// address.' })
      .optional(),
    /**
     * The whole subject of the certificate that signs the Windows installers, as Windows shows it
     * (Get-AuthenticodeSignature). On Windows updateServer needs it, and an update signed by any
     * other subject, or whose signature cannot be checked, is refused (see electron/main's
     * update-plan.ts and windows-signature.ts).
     */
    updatePublisherSubject: z
      .string({ error: UPDATE_PUBLISHER_SUBJECT_RULE })
      .refine(isWholeSubject, { error: UPDATE_PUBLISHER_SUBJECT_RULE })
      .optional(),
    /**
     * true when a supervisor (Windows Shell Launcher, systemd) starts the kiosk and restarts it
     * when it exits: it then exits non-zero instead of starting itself again (default false).
     */
    supervised: trueOrFalse('supervised').optional(),
    /** An installed kiosk takes `--data-dir` only when this is true (default false). */
    allowDataDirSwitch: trueOrFalse('allowDataDirSwitch').optional(),
    /**
     * A folder (absolute) staff may export content to and import it from, besides removable
     * drives; the browser shell's only one. No other place is offered or accepted.
     */
    transferFolder: z
      .string({
        error: 'transferFolder must be a folder in quotes, e.g. "/srv/asb-lobby-kiosk/transfer".',
      })
      .refine((path) => ABSOLUTE_PATH.test(path), {
        error: 'transferFolder must be an absolute path, e.g. /srv/asb-lobby-kiosk/transfer.',
      })
      .optional(),
    /**
     * The bureau's signed content bundle this kiosk follows (see central-schema.ts): staff cannot
     * edit content while it is set, nor while it is present but cannot be used.
     */
    contentSource: ContentSource.optional(),
    /**
     * This kiosk's name in the fleet status folder, e.g. "Lobby 2": its status file is
     * `<statusFolder>/<kioskName>.json`, so each kiosk sharing a folder needs its own name.
     */
    kioskName: z
      .string({ error: 'kioskName must be a name in quotes, e.g. "Lobby 2".' })
      .min(1, { error: 'kioskName must not be empty; write a name, e.g. "Lobby 2".' })
      .max(40, { error: 'kioskName must be at most 40 characters, e.g. "Lobby 2".' })
      .regex(KIOSK_NAME, {
        error:
          'kioskName may hold only letters, digits, spaces and - _ . and must start and end with a letter or digit, e.g. "Lobby 2".',
      })
      .optional(),
    /**
     * A folder (absolute), usually on a share, where the kiosk writes its status every minute
     * for `fleet-status` (electron/core/fleet). Needs kioskName (see read-policy.ts), but on
     * the publishing PC, whose Kiosks section reads the folder the kiosks write.
     */
    statusFolder: z
      .string({
        error: 'statusFolder must be a folder in quotes, e.g. "/srv/asb-lobby-kiosk/status".',
      })
      .refine((path) => ABSOLUTE_PATH.test(path), {
        error:
          'statusFolder must be an absolute path, e.g. \\\\fileserver\\kiosk-status or /srv/asb-lobby-kiosk/status.',
      })
      .optional(),
    /** "publisher": the bureau's publishing PC, an ordinary window that signs content for kiosks. */
    role: Role.optional(),
    /** Needed with role "publisher", refused without it (see read-policy.ts). */
    publisher: PublisherSettings.optional(),
  } satisfies Record<(typeof POLICY_KEYS)[number], z.ZodType>,
  { error: policyError },
);
export type Policy = z.output<typeof Policy>;

/**
 * Whether the window is the locked, full-screen kiosk: not for IT's maintenance (kioskMode
 * false), nor on the publishing PC, which staff use at a desk like any other program.
 */
export function isKioskWindow(policy: Policy): boolean {
  return policy.role !== 'publisher' && (policy.kioskMode ?? true);
}

/** No policy file: every choice is staff's or the kiosk's default. */
export const NO_POLICY: Policy = {};

/**
 * What the renderer needs to know of the policy. Nothing secret: never the PIN hash, the data
 * folder or the update server, so it is readable without a session.
 */
export const KioskPolicySummary = z.object({
  /** The languages visitors are offered, in order; both when the policy says nothing. */
  languages: z.array(Language).min(1),
  /** Staff's idle timeout must lie within these; null when staff choose freely (30 to 600). */
  idleTimeoutSeconds: z.object({ min: z.number().int(), max: z.number().int() }).nullable(),
  /** Usage counting as IT fixed it; null when staff turn it on and off. */
  usageCounts: z.boolean().nullable(),
  /**
   * True when the PIN comes from the policy (or would, were its hash usable): `set-pin` is
   * refused, so staff cannot change it.
   */
  pinFromPolicy: z.boolean(),
  /** False when the window is an ordinary one: IT's maintenance, or the publishing PC. */
  kioskMode: z.boolean(),
  /**
   * What in the policy file cannot be used, one plain line per problem for staff to pass to IT;
   * null when all of it is used.
   */
  problem: z.string().nullable(),
});
export type KioskPolicySummary = z.output<typeof KioskPolicySummary>;

/** What readKioskPolicy says when there is no policy: also for previews and renderer tests. */
export const NO_POLICY_SUMMARY: KioskPolicySummary = {
  languages: [...LANGUAGES],
  idleTimeoutSeconds: null,
  usageCounts: null,
  pinFromPolicy: false,
  kioskMode: true,
  problem: null,
};

export const policyOperations = {
  readKioskPolicy: {
    input: z.undefined(),
    output: KioskPolicySummary,
  },
} as const;
