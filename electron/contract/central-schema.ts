import { z } from 'zod';
import { PublicKeyText } from './bundle-schema.ts';
import { LOCAL_EDITING_MODES } from './content-ownership.ts';

/**
 * Where a kiosk takes its content from when IT runs several lobbies: a bundle folder the bureau
 * signs (see bundle-schema.ts), served as a folder path or a web address. Read by the kiosk's
 * follower (electron/core/central/), whose status admin and the heartbeat show.
 */

export const DEFAULT_CHECK_EVERY_SECONDS = 300;

const FOLDER = /^(\/|[A-Za-z]:[\\/]|\\\\)/;
// The host must follow "http://" directly: "http://localhost@elsewhere/" names another host.
const LOOPBACK_HTTP = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?(\/\S*)?$/i;
const HTTPS = /^https:\/\/[^/?#@\s]+(\/\S*)?$/i;

export type SourceKind = 'folder' | 'url';

/** 'folder' or 'url' for a location ContentSource accepts; null for one it refuses. */
export function sourceKindOf(location: string): SourceKind | null {
  if (FOLDER.test(location)) return 'folder';
  if (HTTPS.test(location) || LOOPBACK_HTTP.test(location)) return 'url';
  return null;
}

const LOCATION_RULE =
  'contentSource.location must be the bundle folder: an https:// address (e.g. "https://intranet.example/kiosk-bundle/"), a share (e.g. "\\\\\\\\server\\\\share\\\\bundle") or an absolute folder (e.g. "/srv/kiosk-bundle"); plain http:// only to 127.0.0.1, ::1 or localhost, for tests.';

const Location = z
  .string({ error: LOCATION_RULE })
  .trim()
  .refine((location) => sourceKindOf(location) !== null, { error: LOCATION_RULE });

const PublicKeys = z
  .array(PublicKeyText, {
    error:
      'contentSource.publicKeys must be a list of one or two public keys, e.g. ["MCowBQYDK2VwAyEA…"] (the line `bundle keygen` prints).',
  })
  .min(1, {
    error:
      'contentSource.publicKeys must name at least one public key (the line `bundle keygen` prints).',
  })
  .max(2, {
    error:
      'contentSource.publicKeys takes at most two keys: the current one and, while rotating, the next.',
  });

const CheckEverySeconds = z
  .number({ error: 'contentSource.checkEverySeconds must be a number of seconds, e.g. 300.' })
  .int({ error: 'contentSource.checkEverySeconds must be a whole number of seconds.' })
  .min(1, { error: 'contentSource.checkEverySeconds must be at least 1.' })
  .max(86_400, { error: 'contentSource.checkEverySeconds must be at most 86400 (a day).' });

const LocalEditingMode = z.enum(LOCAL_EDITING_MODES, {
  error: `contentSource.localEditing must be one of ${LOCAL_EDITING_MODES.map((mode) => `"${mode}"`).join(', ')}.`,
});

export const ContentSource = z.strictObject(
  {
    location: Location,
    publicKeys: PublicKeys,
    /** How often the kiosk looks for a new bundle; DEFAULT_CHECK_EVERY_SECONDS when absent. */
    checkEverySeconds: CheckEverySeconds.optional(),
    /** What staff may edit on the kiosk (content-ownership.ts); DEFAULT_LOCAL_EDITING when absent. */
    localEditing: LocalEditingMode.optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `contentSource takes only location, publicKeys, checkEverySeconds and localEditing, not ${(issue.keys ?? []).map((key) => `"${key}"`).join(', ')}.`
        : 'contentSource must look like {"location": "https://intranet.example/kiosk-bundle/", "publicKeys": ["MCowBQYDK2VwAyEA…"]}.',
  },
);
export type ContentSource = z.output<typeof ContentSource>;

/** What a kiosk following a source says about it: admin's banner, the heartbeat's `central`. */
export const CentralStatus = z.object({
  location: z.string(),
  /** The content version applied last; null before the first. */
  version: z.number().int().nullable(),
  /** The id of the key that signed it. */
  keyId: z.string().nullable(),
  /** When its manifest expires (ISO 8601). */
  expiresAt: z.iso.datetime().nullable(),
  lastCheckAt: z.iso.datetime().nullable(),
  lastAppliedAt: z.iso.datetime().nullable(),
  /** Since when the checks fail; null while the kiosk is up to date. */
  behindSince: z.iso.datetime().nullable(),
  /** Why the last check failed, one plain sentence; null when it did not. */
  reason: z.string().nullable(),
  /**
   * What staff may edit here (the policy's, or its default). Optional for the heartbeats of
   * kiosks from before it, which locked everything ("none").
   */
  localEditing: LocalEditingMode.optional(),
  /**
   * In mode "all": `version` was verified but not shown, because staff have edited this kiosk's
   * content and their edits win. Optional as localEditing is.
   */
  keptLocal: z.boolean().optional(),
});
export type CentralStatus = z.output<typeof CentralStatus>;

export const CENTRAL_LOCKED_MESSAGE =
  "This kiosk shows the bureau's central content, so content is not changed here. Changes are made on the publishing PC and signed there.";
