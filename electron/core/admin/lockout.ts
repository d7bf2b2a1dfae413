/** Wrong PINs in a row that lock the pad. */
export const MAX_ATTEMPTS = 5;
const FIRST_LOCKOUT_MS = 5 * 60_000;
const LONGEST_LOCKOUT_MS = 60 * 60_000;

/** The counters kept in security.json: they outlive a restart, so a reboot never unlocks early. */
export interface LockoutState {
  failedAttempts: number;
  /** Epoch milliseconds; null when the pad is not locked. */
  lockedUntil: number | null;
  /** Lockouts since the last correct PIN (or set-pin): each one lasts twice the one before. */
  lockoutCount: number;
}

export const NO_LOCKOUT: LockoutState = { failedAttempts: 0, lockedUntil: null, lockoutCount: 0 };

/** 5 minutes for the first lockout, doubling each time, never more than one hour. */
export function lockoutDuration(lockoutNumber: number): number {
  const doublings = Math.min(Math.max(lockoutNumber - 1, 0), 10);
  return Math.min(FIRST_LOCKOUT_MS * 2 ** doublings, LONGEST_LOCKOUT_MS);
}

export function isLocked(state: LockoutState, now: number): boolean {
  return state.lockedUntil !== null && now < state.lockedUntil;
}

export function attemptsLeft(state: LockoutState, now: number): number {
  if (isLocked(state, now)) return 0;
  return Math.max(MAX_ATTEMPTS - state.failedAttempts, 0);
}

/** After a wrong PIN: one more failure, and the fifth in a row starts the next, longer lockout. */
export function afterWrongPin(state: LockoutState, now: number): LockoutState {
  const failedAttempts = state.failedAttempts + 1;
  if (failedAttempts < MAX_ATTEMPTS) return { ...state, failedAttempts, lockedUntil: null };
  const lockoutCount = state.lockoutCount + 1;
  return { failedAttempts: 0, lockoutCount, lockedUntil: now + lockoutDuration(lockoutCount) };
}
