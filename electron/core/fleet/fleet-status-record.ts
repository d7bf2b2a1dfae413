import { z } from 'zod';
import type { HeartbeatRecord } from '../ops/heartbeat.ts';

export const FLEET_STATUS_FORMAT = 1;

/**
 * `<statusFolder>/<kioskName>.json`: what `fleet-status` reads of each kiosk. Read by the IT
 * PC and by every kiosk account that can list the folder, so it holds nothing personal: no
 * search text, no user or staff names, no file paths (those in messages are replaced).
 *
 * - `format`: 1; a reader refuses another.
 * - `kioskName`: the policy's kioskName, also the file's name.
 * - `appVersion`, `shell`: the kiosk app's version; "electron" or "browser".
 * - `contentRevision`: the content revision visitors see; null when the kiosk could not say.
 * - `central`: null without a central source; else the bundle version applied last (null
 *   before the first), whether the kiosk is behind it (cannot update from the source), since
 *   when and why, one plain sentence; `keptLocal` when, in localEditing mode "all", staff's
 *   own edits keep that version from visitors (optional: absent from older kiosks' files).
 * - `lastError`: the last error the kiosk logged, `{ message, at }`, or null.
 * - `uptimeSeconds`, `writtenAt`: as in the heartbeat file (ISO 8601, UTC).
 */
export const FleetStatusRecord = z.strictObject({
  format: z.literal(FLEET_STATUS_FORMAT),
  kioskName: z.string().min(1),
  appVersion: z.string(),
  shell: z.enum(['electron', 'browser']),
  contentRevision: z.number().int().nullable(),
  central: z
    .strictObject({
      version: z.number().int().nullable(),
      behind: z.boolean(),
      behindSince: z.iso.datetime().nullable(),
      reason: z.string().nullable(),
      keptLocal: z.boolean().optional(),
    })
    .nullable(),
  lastError: z.strictObject({ message: z.string(), at: z.iso.datetime() }).nullable(),
  uptimeSeconds: z.number().int().min(0),
  writtenAt: z.iso.datetime(),
});
export type FleetStatusRecord = z.output<typeof FleetStatusRecord>;

/** The fleet's share of a heartbeat snapshot: field by field, so nothing else can slip in. */
export function fleetStatusOf(record: HeartbeatRecord, kioskName: string): FleetStatusRecord {
  const { central, lastError } = record;
  return {
    format: FLEET_STATUS_FORMAT,
    kioskName,
    appVersion: record.version,
    shell: record.shell,
    contentRevision: record.contentRevision,
    central:
      central === null
        ? null
        : {
            version: central.version,
            behind: central.behindSince !== null,
            behindSince: central.behindSince,
            reason: central.reason === null ? null : withoutPaths(central.reason),
            keptLocal: central.keptLocal === true,
          },
    lastError:
      lastError === null ? null : { message: withoutPaths(lastError.message), at: lastError.at },
    uptimeSeconds: record.uptimeSeconds,
    writtenAt: record.writtenAt,
  };
}

// A Windows path runs to its last backslash, across the spaces folder names hold
// (C:\ProgramData\ASB Lobby Kiosk\data\usage.json), then one name without spaces.
const WINDOWS_PATH = /(?:\b[A-Za-z]:|\\\\)\\?(?:[^\\\r\n]*\\)*[^\s\\:"'<>|]*/g;
const POSIX_PATH = /(?<![\w.:/])\/[^\s"'<>|,;()]+/g;
const URL_WITH_PATH = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi;

/**
 * A message with each file path and address replaced by "(a path)": paths hold user names
 * (C:\Users\maria.lopez\…) and the folder layout, which the status folder's readers need not see.
 * The kiosk's log keeps the whole message.
 */
export function withoutPaths(message: string): string {
  return message
    .replace(URL_WITH_PATH, hidePath)
    .replace(WINDOWS_PATH, hidePath)
    .replace(POSIX_PATH, hidePath);
}

// The sentence's own punctuation after a path stays: "Could not save (a path): …".
function hidePath(path: string): string {
  return `(a path)${/[.,:;!?]+$/.exec(path)?.[0] ?? ''}`;
}
