import { join } from 'node:path';
import type { Policy } from '../../contract/policy-schema.ts';
import type { HeartbeatRecord } from '../ops/heartbeat.ts';
import type { SnapshotFile } from '../ops/snapshot-file.ts';
import { fleetStatusOf } from './fleet-status-record.ts';

/** Where IT's policy puts this kiosk's status: statusFolder and kioskName. */
export interface FleetStatusPlace {
  folder: string;
  kioskName: string;
}

export const FLEET_STATUS_EXTENSION = '.json';

/** Where the policy puts this kiosk's status; undefined unless it names both keys. */
export function fleetStatusPlaceOf(
  policy: Pick<Policy, 'kioskName' | 'statusFolder'>,
): FleetStatusPlace | undefined {
  const { kioskName, statusFolder } = policy;
  return kioskName === undefined || statusFolder === undefined
    ? undefined
    : { folder: statusFolder, kioskName };
}

/** `<statusFolder>/<kioskName>.json`; kioskName's rule keeps it a plain name in that folder. */
export function fleetStatusPath(place: FleetStatusPlace): string {
  return join(place.folder, `${place.kioskName}${FLEET_STATUS_EXTENSION}`);
}

/**
 * The kiosk's status file, written from each heartbeat snapshot. The kiosk account needs to
 * write only its own file: writeFileDurably writes a temp file beside it whose name is derived
 * from the kiosk's (".Lobby 2.json.1a2b3c4d.tmp", a new file the account creates and so owns)
 * and renames it over "Lobby 2.json", which it created the same way. No other file in the
 * folder is opened, listed or removed; the folder itself is opened only to force the rename to
 * disk (not on Windows), and never created: IT makes it.
 */
export function fleetStatusFile(place: FleetStatusPlace): SnapshotFile<HeartbeatRecord> {
  return {
    path: fleetStatusPath(place),
    label: 'The fleet status file',
    whenStale: 'fleet-status will show this kiosk late, then down',
    render: (record) => fleetStatusOf(record, place.kioskName),
  };
}
