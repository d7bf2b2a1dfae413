import type { Logger } from '../logger.ts';
import { nodeDurableFs, type DurableFs } from '../store/durable-fs.ts';
import { createAuditLog } from './audit-log.ts';
import { NO_LOCKOUT } from './lockout.ts';
import { DEFAULT_SCRYPT_PARAMS, hashPin, type ScryptParams } from './pin-hash.ts';
import { securityFilePath, writeSecurityState } from './security-file.ts';
import { systemNow, type Now } from '../clock.ts';

export interface SetPinOptions {
  dataDir: string;
  pin: string;
  log: Logger;
  /** Epoch milliseconds, for the audit line. */
  now?: Now;
  fs?: DurableFs;
  platform?: NodeJS.Platform;
  scrypt?: ScryptParams;
}

/**
 * Stores the hash of a new PIN and clears any lockout, then records `pin-set`. The whole file
 * is replaced, so this is also how IT repairs a damaged security file. Throws the plain-words
 * rule when the PIN is not 6 to 12 digits, before anything is written.
 */
export async function setPin(options: SetPinOptions): Promise<void> {
  const { dataDir, log } = options;
  const pinHash = await hashPin(options.pin, options.scrypt ?? DEFAULT_SCRYPT_PARAMS);
  await writeSecurityState(
    { dataDir, fs: options.fs ?? nodeDurableFs, platform: options.platform ?? process.platform },
    { pinHash, ...NO_LOCKOUT },
  );
  log.info(`A new admin PIN was saved in ${securityFilePath(dataDir)}; any lockout was cleared.`);
  const audit = createAuditLog({ dataDir, now: options.now ?? systemNow, log });
  await audit.append({ action: 'pin-set' });
}
