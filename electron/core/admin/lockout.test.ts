import { describe, expect, it } from 'vitest';
import {
  afterWrongPin,
  attemptsLeft,
  isLocked,
  lockoutDuration,
  lostLockout,
  MAX_ATTEMPTS,
  NO_LOCKOUT,
  withinLongestLockout,
  type LockoutState,
} from './lockout.ts';

const MINUTE = 60_000;

describe('lockoutDuration', () => {
  it('is 5 minutes, then doubles each time, and never passes one hour', () => {
    expect([1, 2, 3, 4, 5, 6, 50].map((n) => lockoutDuration(n) / MINUTE)).toEqual([
      5, 10, 20, 40, 60, 60, 60,
    ]);
  });
});

describe('afterWrongPin', () => {
  it('counts four wrong PINs, then the fifth locks the pad for 5 minutes', () => {
    let state: LockoutState = NO_LOCKOUT;
    for (let i = 1; i < MAX_ATTEMPTS; i++) {
      state = afterWrongPin(state, 1_000);
      expect(state).toEqual({ failedAttempts: i, lockedUntil: null, lockoutCount: 0 });
      expect(attemptsLeft(state, 1_000)).toBe(MAX_ATTEMPTS - i);
    }
    state = afterWrongPin(state, 1_000);
    expect(state).toEqual({ failedAttempts: 0, lockedUntil: 1_000 + 5 * MINUTE, lockoutCount: 1 });
    expect(isLocked(state, 1_000 + 5 * MINUTE - 1)).toBe(true);
    expect(attemptsLeft(state, 1_000 + 5 * MINUTE - 1)).toBe(0);
    expect(isLocked(state, 1_000 + 5 * MINUTE)).toBe(false);
    expect(attemptsLeft(state, 1_000 + 5 * MINUTE)).toBe(MAX_ATTEMPTS);
  });

  it('makes each further lockout twice as long, up to one hour', () => {
    let state: LockoutState = NO_LOCKOUT;
    let now = 0;
    const lengths: number[] = [];
    for (let lockout = 0; lockout < 7; lockout++) {
      for (let i = 0; i < MAX_ATTEMPTS; i++) state = afterWrongPin(state, now);
      lengths.push(((state.lockedUntil ?? 0) - now) / MINUTE);
      now = state.lockedUntil ?? now;
    }
    expect(lengths).toEqual([5, 10, 20, 40, 60, 60, 60]);
    expect(state.lockoutCount).toBe(7);
  });
});

describe('withinLongestLockout', () => {
  it('cuts a lockout set under a clock that ran ahead to one hour from now', () => {
    const yearAhead = { failedAttempts: 0, lockedUntil: 366 * 24 * 60 * MINUTE, lockoutCount: 1 };
    expect(withinLongestLockout(yearAhead, 0)).toEqual({ ...yearAhead, lockedUntil: 60 * MINUTE });
    const fiveMinutes = { ...yearAhead, lockedUntil: 5 * MINUTE };
    expect(withinLongestLockout(fiveMinutes, 0)).toBe(fiveMinutes);
    expect(withinLongestLockout(NO_LOCKOUT, 0)).toBe(NO_LOCKOUT);
  });
});

describe('lostLockout', () => {
  it('assumes the worst: locked for an hour, and every later lockout as long', () => {
    const lost = lostLockout(0);
    expect(lost.lockedUntil).toBe(60 * MINUTE);
    let state = lost;
    for (let i = 0; i < MAX_ATTEMPTS; i++) state = afterWrongPin(state, 60 * MINUTE);
    expect(state.lockedUntil).toBe(120 * MINUTE);
  });
});
