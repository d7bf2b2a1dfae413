import { join } from 'node:path';
import { nodeDurableFs, PRIVATE_FILE_MODE } from '../store/durable-fs.ts';
import { createFileDurably } from '../store/write-durably.ts';
import { BundleError } from './bundle-error.ts';
import { generateBundleKeys } from './keys.ts';

export const MIN_PASSPHRASE_CHARS = 12;

export interface WrittenKeys {
  keyId: string;
  privatePath: string;
  publicPath: string;
  /** The line for the policy file's contentSource.publicKeys. */
  publicText: string;
}

/**
 * `bundle keygen`: a new key pair in `outDir`, as `<keyId>.key.pem` (encrypted PKCS#8, for the
 * publishing PC's account only) and `<keyId>.pub.pem`. Never replaces a file.
 */
export async function writeBundleKeys({
  outDir,
  passphrase,
  platform = process.platform,
}: {
  outDir: string;
  passphrase: string;
  platform?: NodeJS.Platform;
}): Promise<WrittenKeys> {
  if (passphrase.length < MIN_PASSPHRASE_CHARS) {
    throw new BundleError(
      `The passphrase must be at least ${MIN_PASSPHRASE_CHARS} characters. No key was made.`,
    );
  }
  const keys = await generateBundleKeys(passphrase);
  const privatePath = join(outDir, `${keys.keyId}.key.pem`);
  const publicPath = join(outDir, `${keys.keyId}.pub.pem`);
  try {
    await nodeDurableFs.mkdir(outDir);
    await createFileDurably(
      nodeDurableFs,
      privatePath,
      keys.privatePem,
      platform,
      PRIVATE_FILE_MODE,
    );
    await createFileDurably(nodeDurableFs, publicPath, keys.publicPem, platform);
  } catch (error) {
    throw new BundleError(
      `${(error as Error).message} The key pair was not made; run keygen again.`,
    );
  }
  return { keyId: keys.keyId, privatePath, publicPath, publicText: keys.publicText };
}
