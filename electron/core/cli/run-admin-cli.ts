import { PIN_FORMAT_MESSAGE } from '../admin/pin-hash.ts';
import { parseAdminArgs } from './admin-args.ts';
import type { BundleCommand } from './bundle-args.ts';
import { runBundleCommand } from './bundle-command.ts';
import { CliError, EXIT_FAILURE, EXIT_OK, type CliIo } from './cli-io.ts';
import { runFleetStatus } from './fleet-status-command.ts';
import { runHashPin } from './hash-pin-command.ts';
import { runSetPin } from './set-pin-command.ts';
import { runValidateContent } from './validate-content-command.ts';

/**
 * `npm run admin -- <command>`: the admin commands IT runs beside the kiosk, in their own
 * process. Resolves to the exit code: 0 done, 2 the command line was wrong, 1 it failed
 * (validate-content: 1 the file is not valid content, 2 it could not be read; bundle: 1 refused,
 * with the reason; fleet-status: 1 a kiosk is late, down or unreadable, 2 the folder cannot be
 * read).
 */
export async function runAdminCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseAdminArgs(args);
    if (command.name === 'validate-content') return await runValidateContent(io, command.file);
    if (command.name === 'fleet-status') return await runFleetStatus(io, command.dir);
    if (command.name === 'hash-pin') await runHashPin(io);
    else if (command.name === 'set-pin') await runSetPin(io, command.dataDir);
    else return await runBundle(io, command);
    return EXIT_OK;
  } catch (error) {
    io.stderr.write(`${messageOf(error)}\n`);
    return error instanceof CliError ? error.exitCode : EXIT_FAILURE;
  }
}

async function runBundle(io: CliIo, command: BundleCommand): Promise<number> {
  const report = await runBundleCommand(command, { ...io, prompts: io.stderr });
  (report.exitCode === EXIT_OK ? io.stdout : io.stderr).write(`${report.text}\n`);
  return report.exitCode;
}

function messageOf(error: unknown): string {
  if (error instanceof CliError) return error.message;
  if (error instanceof Error && error.message === PIN_FORMAT_MESSAGE) {
    return `${PIN_FORMAT_MESSAGE} Nothing was changed.`;
  }
  return `Failed: ${error instanceof Error ? error.message : String(error)}`;
}
