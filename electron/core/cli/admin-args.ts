import {
  BUNDLE_USAGE,
  isBundleAction,
  parseBundleOptions,
  type BundleCommand,
} from './bundle-args.ts';
import { CliError, EXIT_USAGE } from './cli-io.ts';

export const ADMIN_USAGE = `Usage:
  npm run admin -- set-pin [--data-dir <folder>]   Set the admin PIN (6 to 12 digits, typed when asked or piped in)
  npm run admin -- hash-pin                        Print the hash of a PIN for IT's policy file
  npm run admin -- validate-content <file>         Check a content file as the kiosk's import would
  npm run admin -- fleet-status <folder>           Show each kiosk in IT's status folder as OK, late or down
${BUNDLE_USAGE}`;

export type AdminCommand =
  | { name: 'set-pin'; dataDir?: string }
  | { name: 'hash-pin' }
  | { name: 'validate-content'; file: string }
  | { name: 'fleet-status'; dir: string }
  | BundleCommand;

const PIN_ARGUMENT =
  'The PIN is never taken from the command line, where other people and the shell history could see it. Type it when asked, or send it on standard input.';

/** Reads the command line. Never repeats an argument that might be a PIN in a message. */
export function parseAdminArgs(args: readonly string[]): AdminCommand {
  const [name, ...rest] = args;
  if (rest.some((arg) => arg === '--pin' || arg.startsWith('--pin='))) {
    throw new CliError(PIN_ARGUMENT, EXIT_USAGE);
  }
  if (name === 'hash-pin') {
    refuseExtra(name, rest);
    return { name };
  }
  if (name === 'validate-content') return validateContentArgs(rest);
  if (name === 'fleet-status') return fleetStatusArgs(rest);
  if (name === 'bundle') return bundleArgs(rest);
  if (name === 'set-pin') {
    if (rest[0] === '--data-dir' || rest[0]?.startsWith('--data-dir=')) {
      const [flag, ...after] = rest;
      const dataDir =
        flag?.includes('=') === true ? flag.slice('--data-dir='.length) : after.shift();
      if (dataDir === undefined || dataDir.trim() === '') {
        throw new CliError(
          '--data-dir needs a folder, e.g. --data-dir /var/lib/asb-kiosk',
          EXIT_USAGE,
        );
      }
      refuseExtra(name, after);
      return { name, dataDir };
    }
    refuseExtra(name, rest);
    return { name };
  }
  const what =
    name === undefined ? 'No command was given.' : `There is no command "${safe(name)}".`;
  throw new CliError(`${what}\n${ADMIN_USAGE}`, EXIT_USAGE);
}

function validateContentArgs(rest: readonly string[]): AdminCommand {
  const [file, ...extra] = rest;
  if (file === undefined || file.trim() === '' || file.startsWith('--')) {
    throw new CliError(
      `validate-content needs the content file to check, e.g. npm run admin -- validate-content content.json\n${ADMIN_USAGE}`,
      EXIT_USAGE,
    );
  }
  if (extra.length > 0) {
    throw new CliError(`validate-content checks one file at a time.\n${ADMIN_USAGE}`, EXIT_USAGE);
  }
  return { name: 'validate-content', file };
}

function fleetStatusArgs(rest: readonly string[]): AdminCommand {
  const [dir, ...extra] = rest;
  if (dir === undefined || dir.trim() === '' || dir.startsWith('--')) {
    throw new CliError(
      `fleet-status needs the status folder, e.g. npm run admin -- fleet-status \\\\fileserver\\kiosk-status\n${ADMIN_USAGE}`,
      EXIT_USAGE,
    );
  }
  if (extra.length > 0) {
    throw new CliError(`fleet-status reads one folder at a time.\n${ADMIN_USAGE}`, EXIT_USAGE);
  }
  return { name: 'fleet-status', dir };
}

function bundleArgs(rest: readonly string[]): AdminCommand {
  const [action, ...options] = rest;
  if (!isBundleAction(action)) {
    const what =
      action === undefined ? 'bundle needs what to do' : `bundle has no "${safe(action)}"`;
    throw new CliError(`${what}: keygen, sign, resign or verify.\n${ADMIN_USAGE}`, EXIT_USAGE);
  }
  return parseBundleOptions(action, options, { label: `bundle ${action}`, strict: true });
}

function refuseExtra(name: string, rest: readonly string[]): void {
  const [extra] = rest;
  if (extra === undefined) return;
  const what = extra.startsWith('--') ? `the option ${safe(extra)}` : 'other arguments';
  throw new CliError(
    `${name} does not take ${what} (the PIN is read from standard input).\n${ADMIN_USAGE}`,
    EXIT_USAGE,
  );
}

// A PIN typed in the wrong place must not end up in a terminal's scrollback or a CI log.
function safe(arg: string): string {
  return /[0-9]{4,}/.test(arg) ? '(hidden)' : arg;
}
