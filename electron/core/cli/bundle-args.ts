import { DEFAULT_EXPIRES_DAYS, MAX_EXPIRES_DAYS } from '../bundle/sign-bundle.ts';
import { CliError, EXIT_USAGE } from './cli-io.ts';

export const BUNDLE_USAGE = `  npm run admin -- bundle keygen --out <folder>   Make a signing key pair (passphrase typed when asked or piped in)
  npm run admin -- bundle sign --content <file> --key <private.pem> --out <bundle folder> [--expires-days N] [--min-app-version X.Y.Z]
                                                   Check the content, then sign it as the bundle's next version (expiry 30 days unless given, 1 to 365)
  npm run admin -- bundle resign --key <private.pem> --out <bundle folder> [--expires-days N]
                                                   Renew the expiry of the bundle's current content (same version)
  npm run admin -- bundle verify --bundle <folder> --public-key <file>
                                                   Check a bundle as a kiosk would: OK, or why not`;

export type BundleAction = 'keygen' | 'sign' | 'resign' | 'verify';

export type BundleCommand =
  | { name: 'bundle-keygen'; out: string }
  | {
      name: 'bundle-sign';
      content: string;
      key: string;
      out: string;
      expiresDays: number;
      minAppVersion?: string;
    }
  | { name: 'bundle-resign'; key: string; out: string; expiresDays: number }
  | { name: 'bundle-verify'; bundle: string; publicKey: string };

const OPTIONS: Record<BundleAction, { required: string[]; optional: string[] }> = {
  keygen: { required: ['--out'], optional: [] },
  sign: {
    required: ['--content', '--key', '--out'],
    optional: ['--expires-days', '--min-app-version'],
  },
  resign: { required: ['--key', '--out'], optional: ['--expires-days'] },
  verify: { required: ['--bundle', '--public-key'], optional: [] },
};

const EXAMPLES: Record<string, string> = {
  '--out': 'a folder',
  '--content': 'the content file',
  '--key': "the private key's .key.pem file",
  '--bundle': 'the bundle folder',
  '--public-key': "the public key's .pub.pem file",
  '--expires-days': 'a number of days',
  '--min-app-version': 'an app version like 0.1.0',
};

export const PASSPHRASE_ARGUMENT =
  'The passphrase is never taken from the command line, where other people and the shell history could see it. Type it when asked, or send it on standard input.';

export const isBundleAction = (word: string | undefined): word is BundleAction =>
  word !== undefined && Object.hasOwn(OPTIONS, word);

/**
 * Reads a bundle command's options, `--name value` or `--name=value`. `label` is how the person
 * typed the command ("bundle sign", or "--bundle-sign" on the installed app). Strict: anything
 * else is refused (the admin command); lenient: anything else is left alone (the app's own
 * command line also holds Electron's and the kiosk's switches).
 */
export function parseBundleOptions(
  action: BundleAction,
  args: readonly string[],
  { label, strict }: { label: string; strict: boolean },
): BundleCommand {
  if (args.some((arg) => arg === '--passphrase' || arg.startsWith('--passphrase='))) {
    throw new CliError(PASSPHRASE_ARGUMENT, EXIT_USAGE);
  }
  const { required, optional } = OPTIONS[action];
  const known = new Set([...required, ...optional]);
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const name = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
    if (!known.has(name)) {
      if (strict)
        throw usage(
          `${label} does not take ${arg.startsWith('--') ? `the option ${name}` : 'other arguments'}.`,
        );
      continue;
    }
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[(i += 1)];
    if (value === undefined || value.trim() === '' || value.startsWith('--')) {
      throw usage(`${name} needs ${EXAMPLES[name] ?? 'a value'}.`);
    }
    if (values.has(name)) throw usage(`${label} takes ${name} once.`);
    values.set(name, value);
  }
  const missing = required.filter((name) => !values.has(name));
  if (missing.length > 0) {
    throw usage(
      `${label} needs ${missing.map((name) => `${name} <${EXAMPLES[name] ?? 'value'}>`).join(' and ')}.`,
    );
  }
  const get = (name: string) => values.get(name) ?? '';
  if (action === 'keygen') return { name: 'bundle-keygen', out: get('--out') };
  if (action === 'verify') {
    return { name: 'bundle-verify', bundle: get('--bundle'), publicKey: get('--public-key') };
  }
  const expiresDays = daysOf(values.get('--expires-days'));
  if (action === 'resign')
    return { name: 'bundle-resign', key: get('--key'), out: get('--out'), expiresDays };
  const minAppVersion = values.get('--min-app-version');
  return {
    name: 'bundle-sign',
    content: get('--content'),
    key: get('--key'),
    out: get('--out'),
    expiresDays,
    ...(minAppVersion === undefined ? {} : { minAppVersion }),
  };
}

function daysOf(text: string | undefined): number {
  if (text === undefined) return DEFAULT_EXPIRES_DAYS;
  const days = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(days >= 1 && days <= MAX_EXPIRES_DAYS)) {
    throw usage(
      `--expires-days must be a whole number of days from 1 to ${MAX_EXPIRES_DAYS}, e.g. --expires-days 30.`,
    );
  }
  return days;
}

function usage(message: string): CliError {
  return new CliError(message, EXIT_USAGE);
}
