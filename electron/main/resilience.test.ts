import { describe, expect, it } from 'vitest';
import { createRecoveryPolicy, DEFAULT_RECOVERY, type Recovery } from './resilience.ts';

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

function failures(count: number, policy = createRecoveryPolicy(() => 0)): Recovery[] {
  return Array.from({ length: count }, () => policy.onFailure());
}

describe('recovery from a crashed or hung renderer', () => {
  it('reloads after 1 s, 2 s, 4 s, 8 s, 16 s: the pause doubles', () => {
    expect(failures(5).map((r) => (r.action === 'reload' ? r.delayMs : r.action))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000,
    ]);
  });

  it('never waits longer than the cap (30 s)', () => {
    const delays = failures(DEFAULT_RECOVERY.maxFailures - 1).map((r) =>
      r.action === 'reload' ? r.delayMs : r.action,
    );
    expect(delays.slice(5)).toEqual([30_000, 30_000]);
    expect(Math.max(...(delays as number[]))).toBe(DEFAULT_RECOVERY.maxDelayMs);
  });

  it('restarts the app on the 8th failure within 15 minutes', () => {
    const results = failures(DEFAULT_RECOVERY.maxFailures);
    expect(results.slice(0, -1).every((r) => r.action === 'reload')).toBe(true);
    expect(results.at(-1)).toEqual({ action: 'relaunch' });
  });

  it('forgets failures older than the window, so the pause starts at 1 s again', () => {
    const time = clock();
    const policy = createRecoveryPolicy(time.now);
    failures(DEFAULT_RECOVERY.maxFailures - 1, policy);
    time.advance(DEFAULT_RECOVERY.windowMs);
    expect(policy.onFailure()).toEqual({ action: 'reload', delayMs: 1_000 });
  });

  it('counts failures spread over the window', () => {
    const time = clock();
    const policy = createRecoveryPolicy(time.now);
    const results: Recovery[] = [];
    for (let i = 0; i < DEFAULT_RECOVERY.maxFailures; i++) {
      results.push(policy.onFailure());
      time.advance(DEFAULT_RECOVERY.windowMs / DEFAULT_RECOVERY.maxFailures - 1);
    }
    expect(results.at(-1)).toEqual({ action: 'relaunch' });
  });

  it('follows its options', () => {
    const policy = createRecoveryPolicy(() => 0, {
      firstDelayMs: 100,
      maxDelayMs: 250,
      maxFailures: 4,
      windowMs: 1_000,
    });
    expect(failures(4, policy)).toEqual([
      { action: 'reload', delayMs: 100 },
      { action: 'reload', delayMs: 200 },
      { action: 'reload', delayMs: 250 },
      { action: 'relaunch' },
    ]);
  });
});
