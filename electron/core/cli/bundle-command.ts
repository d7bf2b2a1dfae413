import type { Now } from '../clock.ts';
import { readAppVersion } from '../ops/app-version.ts';
import { BundleError } from '../bundle/bundle-error.ts';
import { checkBundleFolder } from '../bundle/check-bundle-folder.ts';
import { writeBundleKeys } from '../bundle/keygen.ts';
import { resignBundle, signBundle } from '../bundle/sign-bundle.ts';
import type { BundleCommand } from './bundle-args.ts';
import { CliError, EXIT_FAILURE, EXIT_OK, type CliInput } from './cli-io.ts';
import { readPassphrase } from './read-passphrase.ts';
import type { ContentReport } from './validate-content-command.ts';

export interface BundleIo {
  stdin: CliInput;
  /** Where the passphrase prompts go: standard error, so standard output holds only the report. */
  prompts: NodeJS.WritableStream;
  now: Now;
  platform: NodeJS.Platform;
  /** The running app's version (the installed app's); package.json's when not given. */
  appVersion?: string;
}

// The admin command runs from the repository (tsx), where package.json lies three folders up.
const PACKAGE_JSON = new URL('../../../package.json', import.meta.url);

/**
 * Runs a bundle command for `npm run admin -- bundle …` and the installed app's --bundle-…
 * switches alike: exit 0 done (or verified), 1 refused with the reason, 2 a usage mistake.
 */
export async function runBundleCommand(
  command: BundleCommand,
  io: BundleIo,
): Promise<ContentReport> {
  try {
    return { exitCode: EXIT_OK, text: await run(command, io) };
  } catch (error) {
    if (error instanceof CliError) return { exitCode: error.exitCode, text: error.message };
    if (error instanceof BundleError) return { exitCode: EXIT_FAILURE, text: error.message };
    throw error;
  }
}

async function run(command: BundleCommand, io: BundleIo): Promise<string> {
  if (command.name === 'bundle-verify') {
    const verdict = await checkBundleFolder({
      bundleDir: command.bundle,
      publicKeyPath: command.publicKey,
      now: io.now,
    });
    if (!verdict.ok) throw new BundleError(`Refused: ${verdict.reason}`);
    return verdict.value;
  }
  if (command.name === 'bundle-keygen') {
    const passphrase = await readPassphrase(io.stdin, io.prompts, true);
    const keys = await writeBundleKeys({ outDir: command.out, passphrase, platform: io.platform });
    return [
      `Made key ${keys.keyId}.`,
      `Private key (encrypted with the passphrase; keep it and a backup off the kiosks): ${keys.privatePath}`,
      `Public key: ${keys.publicPath}`,
      "For the kiosks' policy file, contentSource.publicKeys:",
      keys.publicText,
    ].join('\n');
  }
  const passphrase = await readPassphrase(io.stdin, io.prompts, false);
  const common = {
    keyPath: command.key,
    passphrase,
    outDir: command.out,
    expiresDays: command.expiresDays,
    now: io.now,
    platform: io.platform,
  };
  if (command.name === 'bundle-resign') {
    const manifest = await resignBundle(common);
    return `Re-signed content version ${manifest.contentVersion} in ${command.out} with key ${manifest.keyId}; it now expires at ${manifest.expiresAt}.`;
  }
  const appVersion = command.minAppVersion ?? io.appVersion ?? (await readAppVersion(PACKAGE_JSON));
  const { manifest, removed } = await signBundle({
    ...common,
    contentPath: command.content,
    appVersion,
  });
  const lines = [
    `Signed ${command.content} as content version ${manifest.contentVersion} in ${command.out} with key ${manifest.keyId}; it expires at ${manifest.expiresAt} and needs app ${manifest.minAppVersion} or later.`,
  ];
  if (removed.length > 0) lines.push(`Removed ${removed.length} older content file(s).`);
  return lines.join('\n');
}
