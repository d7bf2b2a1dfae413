import { systemNow, type Now } from '../clock.ts';
import { formatFleetStatus, type FleetReport } from '../fleet/fleet-status-table.ts';
import { readFleetStatus } from '../fleet/read-fleet-status.ts';
import { describeFsError } from '../store/durable-fs.ts';
import { EXIT_USAGE, type CliIo } from './cli-io.ts';

/**
 * The fleet's status folder as a table: exit 0 every kiosk OK, 1 any late, down or unreadable
 * (or none there), 2 the folder cannot be read. Shared by `npm run admin -- fleet-status` and
 * the installed app's `--fleet-status`.
 */
export async function fleetStatusReport(dir: string, now: Now = systemNow): Promise<FleetReport> {
  try {
    const rows = await readFleetStatus(dir, now);
    return formatFleetStatus(dir, rows, now());
  } catch (error) {
    return {
      exitCode: EXIT_USAGE,
      text: `Could not read the folder ${dir}: ${describeFsError(error)}.`,
    };
  }
}

/** `fleet-status DIR`: the table on standard output, whatever it says; standard error when none. */
export async function runFleetStatus(io: CliIo, dir: string): Promise<number> {
  const report = await fleetStatusReport(dir, io.now);
  (report.exitCode === EXIT_USAGE ? io.stderr : io.stdout).write(`${report.text}\n`);
  return report.exitCode;
}
