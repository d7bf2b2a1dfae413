import type { FleetRow } from '../../contract/fleet-schema.ts';
import { ApiError } from '../../contract/errors.ts';
import type { Policy } from '../../contract/policy-schema.ts';
import type { AdminServices } from '../admin/admin-services.ts';
import type { Now } from '../clock.ts';
import type { OperationHandlers } from '../kiosk-core-types.ts';
import { describeFsError } from '../store/durable-fs.ts';
import { readFleetStatus, type KioskRow } from './read-fleet-status.ts';

export const NOT_PUBLISHING_PC =
  'Only the publishing PC shows every kiosk\'s status. IT sets "role": "publisher" in the publishing PC\'s policy file.';
export const NO_STATUS_FOLDER =
  "IT sets statusFolder in the publishing PC's policy to the kiosks' status folder.";

/**
 * readFleetStatus: on the publishing PC only, the folder its policy's statusFolder names (the
 * one the kiosks write), judged by this PC's clock, as the fleet-status command judges it.
 */
export function createFleetHandlers(
  isPublisher: boolean,
  policy: Pick<Policy, 'statusFolder'>,
  { sessions }: AdminServices,
  now: Now,
): Pick<OperationHandlers, 'readFleetStatus'> {
  return {
    async readFleetStatus({ token }) {
      await sessions.require(token);
      if (!isPublisher) throw new ApiError('forbidden', NOT_PUBLISHING_PC);
      const folder = policy.statusFolder;
      if (folder === undefined) throw new ApiError('bad_request', NO_STATUS_FOLDER);
      const judgedAt = now();
      let rows: KioskRow[];
      try {
        rows = await readFleetStatus(folder, () => judgedAt);
      } catch (error) {
        throw new ApiError(
          'unavailable',
          `The kiosks' status folder cannot be read (${describeFsError(error)}). Check that this PC can open ${folder}, then press Check again.`,
        );
      }
      return { rows: rows.map(rowOf), judgedAt: new Date(judgedAt).toISOString() };
    },
  };
}

function rowOf(row: KioskRow): FleetRow {
  if (row.state === 'unreadable') {
    return {
      kioskName: row.kioskName,
      state: 'unreadable',
      ageSeconds: null,
      clockAhead: false,
      appVersion: null,
      contentRevision: null,
      centralVersion: null,
      behindReason: null,
      keptLocal: false,
      problem: `${row.file} is ${row.why}`,
    };
  }
  const { status } = row;
  const central = status.central;
  return {
    kioskName: row.kioskName,
    state: row.state === 'OK' ? 'ok' : row.state,
    ageSeconds: Math.floor(row.ageMs / 1000),
    clockAhead: row.clockAhead,
    appVersion: status.appVersion,
    contentRevision: status.contentRevision,
    centralVersion: central?.version ?? null,
    behindReason: central?.behind === true ? (central.reason ?? 'no reason given') : null,
    keptLocal: central?.keptLocal === true,
    problem: null,
  };
}
