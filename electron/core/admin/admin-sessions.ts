import { randomBytes } from 'node:crypto';
import { ApiError } from '../../contract/errors.ts';
import type { Logger } from '../logger.ts';
import { describeFsError, nodeDurableFs, type DurableFs } from '../store/durable-fs.ts';
import { createSerialQueue } from '../store/serial-queue.ts';
import { DurableWriteError } from '../store/write-durably.ts';
import type { AuditLog, AuditRecord } from './audit-log.ts';
import {
  afterWrongPin,
  attemptsLeft,
  isLocked,
  lostLockout,
  NO_LOCKOUT,
  sameLockout,
  stricterLockout,
  withinLongestLockout,
  type LockoutState,
} from './lockout.ts';
import { isPinFormat, PIN_FORMAT_MESSAGE, verifyPin } from './pin-hash.ts';
import {
  NO_SECURITY,
  readSecurityFile,
  SecurityFileError,
  securityFilePath,
  writeSecurityState,
  type SecurityFileOptions,
  type SecurityState,
} from './security-file.ts';
import type { Now } from '../clock.ts';

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
  /** Why sign-in is closed or cannot be trusted to count, one plain line each; [] when all is well. */
  problems: string[];
}

export interface AdminSessions {
  /** Refused with an ApiError in plain words: wrong PIN, pad locked, no PIN set, bad security file. */
  signIn(pin: string): Promise<{ token: string; expiresAt: number }>;
  /** Ends the session; an unknown or ended token is already signed out, so that is no error. */
  signOut(token: string): Promise<void>;
  /**
   * Guards an admin operation: rejects with ApiError('unauthorized') unless `token` is a live
   * session signed in with the PIN in force now (a PIN changed since, even by set-pin in another
   * process, ends it), and otherwise counts as admin activity (the 3 minutes start again).
   */
  require(token: string): Promise<SessionInfo>;
  status(): Promise<AdminStatus>;
}

export interface AdminSessionsOptions {
  dataDir: string;
  audit: AuditLog;
  log: Logger;
  /** Epoch milliseconds; tests drive it. */
  now: Now;
  fs?: DurableFs;
  platform?: NodeJS.Platform;
  /**
   * IT's policy's adminPinHash: when given, the PIN is checked against it, and security.json
   * keeps only the lockout counters (its own hash stays as it is, unused while the policy lasts).
   */
  policyPinHash?: string | undefined;
  /** Why IT's policy keeps admin closed (see PolicyState.adminClosed): then no PIN opens it. */
  policyAdminClosed?: string | undefined;
  /**
   * True when the data folder held none of the kiosk's files at start (see isNewDataFolder).
   * Elsewhere, under a policy PIN, a missing security.json was deleted: that counts as a lockout.
   */
  newDataFolder?: boolean | undefined;
}

interface Session extends SessionInfo {
  /** The PIN hash the session was signed in with: another one in force ends the session. */
  pinHash: string;
}

/** Lockout counters the disk would not take, and the PIN they were counted against. */
interface Unsaved {
  pinHash: string | null;
  lockout: LockoutState;
  /** e.g. "the disk is read-only (EROFS)". */
  reason: string;
}

const NOT_SIGNED_IN = 'Admin is signed out. Enter the PIN to continue.';
const SESSION_ENDED =
  'The admin session ended after 3 minutes without use. Enter the PIN to continue.';
const PIN_CHANGED = 'The admin PIN was changed, so this session ended. Enter the PIN to continue.';
const NO_PIN = 'Admin is closed until IT sets a PIN.';
const BAD_FILE =
  'Admin is closed because its security file cannot be read. IT can set the PIN again with "npm run admin -- set-pin".';
const BAD_FILE_UNDER_POLICY =
  "Admin is closed because its security file cannot be read. The PIN comes from IT's policy file, so IT can delete security.json in the kiosk's data folder to clear it; the PIN pad then stays locked for an hour.";

const cannotSave = (reason: string): string =>
  `the kiosk cannot save the count of wrong PINs (${reason})`;
const signInClosed = (reason: string): string =>
  `Sign-in is closed because ${cannotSave(reason)}. IT needs to let the kiosk write to its data folder.`;

const lockoutOf = ({ failedAttempts, lockedUntil, lockoutCount }: LockoutState): LockoutState => ({
  failedAttempts,
  lockedUntil,
  lockoutCount,
});

/**
 * PIN sign-in, lockout and sessions. The security file is read afresh on every check (the
 * command line may have set a PIN a moment ago); sessions live only in memory, so a restart
 * signs everyone out. Sign-ins run one at a time, so rapid guesses cannot race the counters.
 * Fails closed: a wrong PIN the disk will not take still counts, from memory, and no PIN is
 * checked until it is saved, so a restart cannot be used to forget it.
 */
export function createAdminSessions(options: AdminSessionsOptions): AdminSessions {
  const { audit, log, now, policyPinHash, policyAdminClosed } = options;
  const file: SecurityFileOptions = {
    dataDir: options.dataDir,
    fs: options.fs ?? nodeDurableFs,
    platform: options.platform ?? process.platform,
  };
  const path = securityFilePath(options.dataDir);
  const sessions = new Map<string, Session>();
  const queue = createSerialQueue();
  const pinHashOf = (state: SecurityState | null): string | null =>
    policyPinHash ?? state?.pinHash ?? null;
  let unsaved: Unsaved | null = null;
  // Only a new data folder may lack security.json, and only until the file is first seen.
  let mayBeMissing = options.newDataFolder === true;

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

  /** The file's state; null when there is none. */
  const readState = async (): Promise<SecurityState | null> => {
    try {
      const state = await readSecurityFile(file);
      if (state !== null) mayBeMissing = false;
      return state;
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

  /**
   * The counters in force: the file's, made stricter by any unsaved ones, the longest lockout
   * when a policy PIN's file was deleted, and never locked past the longest lockout from now.
   */
  const judge = (disk: SecurityState | null, time: number) => {
    // A new PIN starts afresh, whatever was counted against the old one.
    if (unsaved !== null && unsaved.pinHash !== pinHashOf(disk)) unsaved = null;
    const lost = disk === null && policyPinHash !== undefined && !mayBeMissing && unsaved === null;
    const base: SecurityState = disk ?? {
      ...NO_SECURITY,
      ...(lost ? lostLockout(time) : (unsaved?.lockout ?? NO_LOCKOUT)),
    };
    const counted =
      unsaved === null ? base : { ...base, ...stricterLockout(base, unsaved.lockout) };
    const state = { ...counted, ...withinLongestLockout(counted, time) };
    return { state, lost, changed: !sameLockout(state, disk ?? NO_SECURITY) };
  };

  /** Saves `state`; the reason when the disk refused, and the counters then stay in memory. */
  const save = async (state: SecurityState): Promise<string | null> => {
    try {
      await writeSecurityState(file, state);
    } catch (error) {
      const reason = describeFsError(error instanceof DurableWriteError ? error.cause : error);
      if (unsaved === null) {
        log.error(
          `Wrong PINs cannot be saved in ${path}: ${reason}. They are counted in memory until the kiosk restarts, and sign-in is refused until the file can be written.`,
        );
      }
      unsaved = { pinHash: pinHashOf(state), lockout: lockoutOf(state), reason };
      return reason;
    }
    mayBeMissing = false;
    if (unsaved !== null) log.info(`Wrong PINs are saved in ${path} again; sign-in is open.`);
    unsaved = null;
    return null;
  };

  /** The counters in force, saved when the file does not hold them yet. */
  const settle = async (disk: SecurityState | null): Promise<SecurityState> => {
    const { state, lost, changed } = judge(disk, now());
    if (lost) {
      log.error(
        `${path} is missing, though the kiosk keeps its PIN lockout there: the PIN pad is locked for an hour, as after repeated wrong PINs, so that deleting the file never resets a lockout.`,
      );
      await record({
        action: 'lockout',
        detail: 'security.json was missing: locked for 60 minutes',
      });
    }
    // Unsaved counters are tried again even when the file looks right: it may not be on disk.
    if (changed || unsaved !== null) await save(state);
    return state;
  };

  const attempt = async (pin: string): Promise<{ token: string; expiresAt: number }> => {
    endExpired();
    if (policyAdminClosed !== undefined) throw new ApiError('unavailable', policyAdminClosed);
    const state = await settle(await readState());
    const pinHash = pinHashOf(state);
    if (pinHash === null) throw new ApiError('forbidden', NO_PIN);
    // Checked before the costly hash: while locked, a guess costs the kiosk nothing.
    if (isLocked(state, now())) throw lockedError(state.lockedUntil ?? 0, now());
    // Nor is any PIN checked while a wrong one is unsaved: a restart would forget that one.
    if (unsaved !== null) throw new ApiError('unavailable', signInClosed(unsaved.reason));
    if (!isPinFormat(pin)) throw new ApiError('bad_request', PIN_FORMAT_MESSAGE);
    if (await verifyPin(pin, pinHash)) return startSession(state, pinHash);
    return countWrongPin(pinHash);
  };

  const startSession = async (
    state: SecurityState,
    pinHash: string,
  ): Promise<{ token: string; expiresAt: number }> => {
    if (!sameLockout(state, NO_LOCKOUT)) {
      // The right PIN opens admin even when the cleared counters cannot be saved: the ones on
      // disk are only stricter than they need be.
      await writeSecurityState(file, { ...state, ...NO_LOCKOUT }).catch((error: unknown) => {
        log.warn(`The wrong PINs before this sign-in were not cleared. ${messageOf(error)}`);
      });
    }
    const token = randomBytes(32).toString('base64url');
    const startedAt = now();
    const session = { startedAt, expiresAt: startedAt + SESSION_IDLE_MS, pinHash };
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
    // A lockout that began meanwhile (a deleted file, another process) holds as it is.
    const state = await settle(fresh);
    if (isLocked(state, now())) throw lockedError(state.lockedUntil ?? 0, now());
    const next = { ...state, ...afterWrongPin(state, now()) };
    const refused = await save(next);
    await record({ action: 'sign-in-failed' });
    if (next.lockedUntil !== null) {
      const minutes = Math.round((next.lockedUntil - now()) / 60_000);
      await record({ action: 'lockout', detail: `Locked for ${minutes} minutes` });
      throw lockedError(next.lockedUntil, now());
    }
    if (refused !== null) {
      throw new ApiError(
        'unavailable',
        `That PIN is not right, and ${cannotSave(refused)}, so sign-in is closed until IT lets the kiosk write to its data folder.`,
      );
    }
    const left = attemptsLeft(next, now());
    throw new ApiError(
      'unauthorized',
      `That PIN is not right. ${left} ${left === 1 ? 'try' : 'tries'} left before the PIN pad locks.`,
    );
  };

  const closed = (problems: string[]): AdminStatus => ({
    pinSet: false,
    lockedUntil: null,
    attemptsLeft: 0,
    problems,
  });

  return {
    signIn: (pin) => queue.run(() => attempt(pin)),

    async signOut(token) {
      endExpired();
      if (sessions.delete(token)) await record({ action: 'sign-out' });
    },

    async require(token) {
      const session = sessions.get(token);
      if (session === undefined) throw new ApiError('unauthorized', NOT_SIGNED_IN);
      if (now() >= session.expiresAt) {
        endExpired();
        throw new ApiError('unauthorized', SESSION_ENDED);
      }
      const pinHash = pinHashOf(await readState());
      // Signed out meanwhile, by another call while the file was read.
      if (sessions.get(token) !== session) throw new ApiError('unauthorized', NOT_SIGNED_IN);
      if (pinHash !== session.pinHash) {
        sessions.delete(token);
        void record({ action: 'session-expired', detail: 'The PIN was changed' });
        throw new ApiError('unauthorized', PIN_CHANGED);
      }
      session.expiresAt = now() + SESSION_IDLE_MS;
      return { startedAt: session.startedAt, expiresAt: session.expiresAt };
    },

    status: () =>
      queue.run(async () => {
        endExpired();
        if (policyAdminClosed !== undefined) return closed([policyAdminClosed]);
        let disk: SecurityState | null;
        try {
          disk = await readState();
        } catch (error) {
          if (error instanceof ApiError) return closed([error.message]);
          throw error;
        }
        const state = await settle(disk);
        const problems = unsaved === null ? [] : [signInClosed(unsaved.reason)];
        if (pinHashOf(state) === null) return closed(problems);
        const time = now();
        return {
          pinSet: true,
          lockedUntil: isLocked(state, time) ? state.lockedUntil : null,
          attemptsLeft: attemptsLeft(state, time),
          problems,
        };
      }),
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function lockedError(lockedUntil: number, now: number): ApiError {
  const minutes = Math.max(Math.ceil((lockedUntil - now) / 60_000), 1);
  return new ApiError(
    'forbidden',
    `Too many wrong PINs. The PIN pad is locked for ${minutes} more ${minutes === 1 ? 'minute' : 'minutes'}.`,
  );
}
