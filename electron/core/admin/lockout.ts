/** Wrong PINs in a row that lock the pad. */
export const MAX_ATTEMPTS = 5;
const FIRST_LOCKOUT_MS = 5 * 60_000;
const LONGEST_LOCKOUT_MS = 60 * 60_000;
// From this many lockouts on, each one lasts the longest time.
const LOCKOUTS_TO_LONGEST = 5;

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

/**
 * A lockout never ends later than the longest lockout from now: one set while the clock ran a
 * year ahead would otherwise outlast the clock's correction by that year.
 */
export function withinLongestLockout(state: LockoutState, now: number): LockoutState {
  const latest = now + LONGEST_LOCKOUT_MS;
  return state.lockedUntil !== null && state.lockedUntil > latest
    ? { ...state, lockedUntil: latest }
    : state;
}

/** Counters that were lost: the worst is assumed, a lockout as long as any, starting now. */
export function lostLockout(now: number): LockoutState {
  return {
    failedAttempts: 0,
    lockedUntil: now + LONGEST_LOCKOUT_MS,
    lockoutCount: LOCKOUTS_TO_LONGEST,
  };
}

/** The stricter of two views of the same counters, field by field. */
export function stricterLockout(a: LockoutState, b: LockoutState): LockoutState {
  const until = [a.lockedUntil, b.lockedUntil].filter((time): time is number => time !== null);
  return {
    failedAttempts: Math.max(a.failedAttempts, b.failedAttempts),
    lockedUntil: until.length === 0 ? null : Math.max(...until),
    lockoutCount: Math.max(a.lockoutCount, b.lockoutCount),
  };
}

export function sameLockout(a: LockoutState, b: LockoutState): boolean {
  return (
    a.failedAttempts === b.failedAttempts &&
    a.lockedUntil === b.lockedUntil &&
    a.lockoutCount === b.lockoutCount
  );
}
