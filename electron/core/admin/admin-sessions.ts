import { randomBytes } from 'node:crypto';
import { ApiError } from '../../contract/errors.ts';
import type { Logger } from '../logger.ts';
import { nodeDurableFs, type DurableFs } from '../store/durable-fs.ts';
import { createSerialQueue } from '../store/serial-queue.ts';
import type { AuditLog, AuditRecord } from './audit-log.ts';
import { afterWrongPin, attemptsLeft, isLocked, NO_LOCKOUT } from './lockout.ts';
import { isPinFormat, PIN_FORMAT_MESSAGE, verifyPin } from './pin-hash.ts';
import {
  readSecurityState,
  SecurityFileError,
  writeSecurityState,
  type SecurityFileOptions,
  type SecurityState,
} from './security-file.ts';

/** An admin session ends after this long without an admin call. */
export const SESSION_IDLE_MS = 3 * 60_000;

export interface SessionInfo {
  /** Epoch milliseconds. */
  startedAt: number;
  /** Epoch milliseconds: the session ends then unless another admin call comes first. */
  expiresAt: number;
}

export interface AdminStatus {
  pinSet: boolean;
  /** Epoch milliseconds; null when the PIN pad is not locked. */
  lockedUntil: number | null;
  /** Wrong PINs left before the pad locks (0 while it is locked or admin is closed). */
  attemptsLeft: number;
}

export interface AdminSessions {
  /** Refused with an ApiError in plain words: wrong PIN, pad locked, no PIN set, bad security file. */
  signIn(pin: string): Promise<{ token: string; expiresAt: number }>;
  /** Ends the session; an unknown or ended token is already signed out, so that is no error. */
  signOut(token: string): Promise<void>;
  /**
   * Guards an admin operation: throws ApiError('unauthorized') unless `token` is a live session,
   * and otherwise counts as admin activity (the 3 minutes start again).
   */
  require(token: string): SessionInfo;
  status(): Promise<AdminStatus>;
}

export interface AdminSessionsOptions {
  dataDir: string;
  audit: AuditLog;
  log: Logger;
  /** Epoch milliseconds; tests drive it. */
  now: () => number;
  fs?: DurableFs;
  platform?: NodeJS.Platform;
  /**
   * IT's policy's adminPinHash: when given, the PIN is checked against it, and security.json
   * keeps only the lockout counters (its own hash stays as it is, unused while the policy lasts).
   */
  policyPinHash?: string | undefined;
}

const NOT_SIGNED_IN = 'Admin is signed out. Enter the PIN to continue.';
const SESSION_ENDED =
  'The admin session ended after 3 minutes without use. Enter the PIN to continue.';
const NO_PIN = 'Admin is closed until IT sets a PIN.';
const BAD_FILE =
  'Admin is closed because its security file cannot be read. IT can set the PIN again with "npm run admin -- set-pin".';
const BAD_FILE_UNDER_POLICY =
  "Admin is closed because its security file cannot be read. The PIN comes from IT's policy file, so IT can delete security.json in the kiosk's data folder to clear it.";

/**
 * PIN sign-in, lockout and sessions. The security file is read afresh on every check (the
 * command line may have set a PIN a moment ago); sessions live only in memory, so a restart
 * signs everyone out. Sign-ins run one at a time, so rapid guesses cannot race the counters.
 */
export function createAdminSessions(options: AdminSessionsOptions): AdminSessions {
  const { audit, log, now } = options;
  const file: SecurityFileOptions = {
    dataDir: options.dataDir,
    fs: options.fs ?? nodeDurableFs,
    platform: options.platform ?? process.platform,
  };
  const sessions = new Map<string, SessionInfo>();
  const queue = createSerialQueue();
  const { policyPinHash } = options;
  const pinHashOf = (state: SecurityState): string | null => policyPinHash ?? state.pinHash;

  const record = (entry: AuditRecord): Promise<void> =>
    // Staff must never be shut out of admin because the audit log's disk is in trouble.
    audit.append(entry).catch((error: unknown) => {
      log.error(`Could not record "${entry.action}" in the audit log`, { error: String(error) });
    });

  const endExpired = (): void => {
    const time = now();
    for (const [token, session] of sessions) {
      if (time >= session.expiresAt) {
        sessions.delete(token);
        void record({ action: 'session-expired' });
      }
    }
  };

  const readState = async (): Promise<SecurityState> => {
    try {
      return await readSecurityState(file);
    } catch (error) {
      if (!(error instanceof SecurityFileError)) throw error;
      if (policyPinHash !== undefined) {
        log.error(`${error.message} Admin stays closed until IT deletes that file.`);
        throw new ApiError('unavailable', BAD_FILE_UNDER_POLICY);
      }
      log.error(`${error.message} Admin stays closed until IT sets the PIN again.`);
      throw new ApiError('unavailable', BAD_FILE);
    }
  };

  const attempt = async (pin: string): Promise<{ token: string; expiresAt: number }> => {
    endExpired();
    const state = await readState();
    const pinHash = pinHashOf(state);
    if (pinHash === null) throw new ApiError('forbidden', NO_PIN);
    // Checked before the costly hash: while locked, a guess costs the kiosk nothing.
    if (isLocked(state, now())) throw lockedError(state.lockedUntil ?? 0, now());
    if (!isPinFormat(pin)) throw new ApiError('bad_request', PIN_FORMAT_MESSAGE);
    if (await verifyPin(pin, pinHash)) return startSession(state);
    return countWrongPin(pinHash);
  };

  const startSession = async (
    state: SecurityState,
  ): Promise<{ token: string; expiresAt: number }> => {
    if (state.failedAttempts !== 0 || state.lockoutCount !== 0 || state.lockedUntil !== null) {
      await writeSecurityState(file, { ...state, ...NO_LOCKOUT });
    }
    const token = randomBytes(32).toString('base64url');
    const startedAt = now();
    const session = { startedAt, expiresAt: startedAt + SESSION_IDLE_MS };
    sessions.set(token, session);
    await record({ action: 'sign-in' });
    return { token, expiresAt: session.expiresAt };
  };

  const countWrongPin = async (triedAgainst: string): Promise<never> => {
    // Read again just before writing: if IT set a new PIN meanwhile, keep it, and this guess
    // (made against the old one) no longer counts.
    const fresh = await readState();
    if (pinHashOf(fresh) !== triedAgainst)
      throw new ApiError('unauthorized', 'That PIN is not right.');
    const next = { ...fresh, ...afterWrongPin(fresh, now()) };
    await writeSecurityState(file, next);
    await record({ action: 'sign-in-failed' });
    if (next.lockedUntil !== null) {
      const minutes = Math.round((next.lockedUntil - now()) / 60_000);
      await record({ action: 'lockout', detail: `Locked for ${minutes} minutes` });
      throw lockedError(next.lockedUntil, now());
    }
    const left = attemptsLeft(next, now());
    throw new ApiError(
      'unauthorized',
      `That PIN is not right. ${left} ${left === 1 ? 'try' : 'tries'} left before the PIN pad locks.`,
    );
  };

  return {
    signIn: (pin) => queue.run(() => attempt(pin)),

    async signOut(token) {
      endExpired();
      if (sessions.delete(token)) await record({ action: 'sign-out' });
    },

    require(token) {
      const session = sessions.get(token);
      if (session === undefined) throw new ApiError('unauthorized', NOT_SIGNED_IN);
      const time = now();
      if (time >= session.expiresAt) {
        endExpired();
        throw new ApiError('unauthorized', SESSION_ENDED);
      }
      session.expiresAt = time + SESSION_IDLE_MS;
      return { ...session };
    },

    async status() {
      endExpired();
      let state: SecurityState;
      try {
        state = await readState();
      } catch (error) {
        if (error instanceof ApiError) return { pinSet: false, lockedUntil: null, attemptsLeft: 0 };
        throw error;
      }
      const time = now();
      if (pinHashOf(state) === null) return { pinSet: false, lockedUntil: null, attemptsLeft: 0 };
      return {
        pinSet: true,
        lockedUntil: isLocked(state, time) ? state.lockedUntil : null,
        attemptsLeft: attemptsLeft(state, time),
      };
    },
  };
}

function lockedError(lockedUntil: number, now: number): ApiError {
  const minutes = Math.max(Math.ceil((lockedUntil - now) / 60_000), 1);
  return new ApiError(
    'forbidden',
    `Too many wrong PINs. The PIN pad is locked for ${minutes} more ${minutes === 1 ? 'minute' : 'minutes'}.`,
  );
}
