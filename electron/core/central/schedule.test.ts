import { describe, expect, it, vi } from 'vitest';
import { createCheckSchedule, nextDelayMs } from './schedule.ts';
import { createManualTimers } from './test-support/manual-timers.ts';

const middle = () => 0.5;

describe('nextDelayMs', () => {
  it('waits the interval after a success', () => {
    expect(nextDelayMs(300_000, 0, middle)).toBe(300_000);
  });

  it('adds at most ±10 % of jitter', () => {
    expect(nextDelayMs(300_000, 0, () => 0)).toBe(270_000);
    expect(nextDelayMs(300_000, 0, () => 0.999_999)).toBe(330_000);
  });

  it('retries after 30 s, doubling up to the interval', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((failures) => nextDelayMs(300_000, failures, middle));
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000, 300_000, 300_000, 300_000]);
  });

  it('retries no later than a short interval', () => {
    expect(nextDelayMs(5_000, 1, middle)).toBe(5_000);
    expect(nextDelayMs(5_000, 3, middle)).toBe(5_000);
  });
});

describe('createCheckSchedule', () => {
  function setUp(results: boolean[]) {
    const timers = createManualTimers();
    const check = vi.fn(async () => results.shift() ?? true);
    const schedule = createCheckSchedule({ timers, intervalMs: 300_000, random: middle, check });
    /** Fires the pending timer and waits for the check it starts and the timer after it. */
    const tick = async (): Promise<number[]> => {
      const calls = check.mock.calls.length;
      timers.runNext();
      await vi.waitFor(() => expect(check).toHaveBeenCalledTimes(calls + 1));
      await vi.waitFor(() => expect(timers.pending()).toHaveLength(1));
      return timers.pending();
    };
    return { timers, check, schedule, tick };
  }

  it('checks 1 s after start, then every interval', async () => {
    const { timers, schedule, tick } = setUp([true, true]);
    schedule.start();
    schedule.start();
    expect(timers.pending()).toEqual([1_000]);
    expect(await tick()).toEqual([300_000]);
    expect(await tick()).toEqual([300_000]);
    await schedule.stop();
  });

  it('backs off after failures and returns to the interval after a success', async () => {
    const { schedule, tick } = setUp([false, false, false, true]);
    schedule.start();
    expect(await tick()).toEqual([30_000]);
    expect(await tick()).toEqual([60_000]);
    expect(await tick()).toEqual([120_000]);
    expect(await tick()).toEqual([300_000]);
    await schedule.stop();
  });

  it('runs one check at a time: runNow waits for the one under way', async () => {
    const timers = createManualTimers();
    let running = 0;
    let most = 0;
    const check = vi.fn(async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 10));
      running -= 1;
      return true;
    });
    const schedule = createCheckSchedule({ timers, intervalMs: 1_000, random: middle, check });
    schedule.start();
    timers.runNext();
    await Promise.all([schedule.runNow(), schedule.runNow()]);
    expect(check).toHaveBeenCalledTimes(3);
    expect(most).toBe(1);
    await schedule.stop();
  });

  it('stop waits for the check under way and plans no more', async () => {
    const timers = createManualTimers();
    let finish: (ok: boolean) => void = () => undefined;
    const check = vi.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    const schedule = createCheckSchedule({ timers, intervalMs: 1_000, random: middle, check });
    schedule.start();
    timers.runNext();
    await vi.waitFor(() => expect(check).toHaveBeenCalledTimes(1));
    let stopped = false;
    const stopping = schedule.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish(true);
    await stopping;
    expect(timers.pending()).toEqual([]);
    await schedule.runNow();
    expect(check).toHaveBeenCalledTimes(1);
  });
});
