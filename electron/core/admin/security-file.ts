import { join } from 'node:path';
import { z } from 'zod';
import { formatIssues } from '../../contract/format-issues.ts';
import type { Logger } from '../logger.ts';
import {
  describeFsError,
  errorCode,
  PRIVATE_FILE_MODE,
  type DurableFs,
} from '../store/durable-fs.ts';
import { serializeJson } from '../store/durable-json-file.ts';
import { writeFileDurably } from '../store/write-durably.ts';
import { NO_LOCKOUT, type LockoutState } from './lockout.ts';
import { isPinHash } from './pin-hash.ts';

export const SECURITY_FILE = 'security.json';

const SecurityState = z.strictObject({
  schemaVersion: z.literal(1),
  pinHash: z
    .string()
    .refine(isPinHash, 'must be a scrypt hash made by "npm run admin -- set-pin"')
    .nullable(),
  failedAttempts: z.number().int().nonnegative(),
  lockedUntil: z.number().int().nonnegative().nullable(),
  lockoutCount: z.number().int().nonnegative(),
});

/** The PIN hash and lockout counters. Never exported, never part of a revision. */
export type SecurityState = LockoutState & { pinHash: string | null };

export const NO_SECURITY: SecurityState = { pinHash: null, ...NO_LOCKOUT };

export interface SecurityFileOptions {
  dataDir: string;
  fs: DurableFs;
  platform: NodeJS.Platform;
}

/** A security file that is there but cannot be trusted: admin stays closed until IT sets a PIN. */
export class SecurityFileError extends Error {
  constructor(path: string, reasons: string[]) {
    super(`The security file ${path} cannot be used: ${reasons.join('; ')}.`);
    this.name = 'SecurityFileError';
  }
}

export function securityFilePath(dataDir: string): string {
  return join(dataDir, SECURITY_FILE);
}

/** Reads security.json afresh, as readSecurityFile does; a missing file means no PIN yet. */
export async function readSecurityState(options: SecurityFileOptions): Promise<SecurityState> {
  return (await readSecurityFile(options)) ?? NO_SECURITY;
}

/**
 * Reads security.json afresh; null when there is none. Never cached: a PIN set from the command
 * line while the kiosk runs must count at the very next check.
 */
export async function readSecurityFile(
  options: SecurityFileOptions,
): Promise<SecurityState | null> {
  const path = securityFilePath(options.dataDir);
  let text: string;
  try {
    text = await options.fs.readText(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw new SecurityFileError(path, [describeFsError(error)]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SecurityFileError(path, [(error as Error).message]);
  }
  const parsed = SecurityState.safeParse(json);
  if (!parsed.success) throw new SecurityFileError(path, formatIssues(parsed.error));
  const { pinHash, failedAttempts, lockedUntil, lockoutCount } = parsed.data;
  return { pinHash, failedAttempts, lockedUntil, lockoutCount };
}

export async function writeSecurityState(
  options: SecurityFileOptions,
  state: SecurityState,
): Promise<void> {
  await options.fs.mkdir(options.dataDir);
  const file: z.input<typeof SecurityState> = { schemaVersion: 1, ...state };
  await writeFileDurably(
    options.fs,
    securityFilePath(options.dataDir),
    serializeJson(file),
    options.platform,
    PRIVATE_FILE_MODE,
  );
}

/**
 * Gives a new data folder its security.json at once, with no PIN and no lockout: from then on a
 * missing one was deleted, which under a policy PIN counts as a lockout (see createAdminSessions).
 * A folder the kiosk cannot write is reported elsewhere (the data folder check), so a failure
 * here is only logged.
 */
export async function createSecurityFile(options: SecurityFileOptions, log: Logger): Promise<void> {
  await writeSecurityState(options, NO_SECURITY).catch((error: unknown) => {
    log.warn(`The new data folder got no security file. ${(error as Error).message}`);
  });
}
