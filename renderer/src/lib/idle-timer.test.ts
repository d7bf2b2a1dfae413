import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clock } from './clock.ts';
import { createIdleTimer, WARNING_SECONDS } from './idle-timer.ts';

const fakeClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms) as unknown as number,
  clearTimeout: (handle) => clearTimeout(handle),
};

function setup(timeoutSeconds = 60) {
  const events = { onCountdown: vi.fn(), onCancel: vi.fn(), onTimeout: vi.fn() };
  const timer = createIdleTimer(fakeClock, timeoutSeconds, events);
  return { events, timer };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('idle timer', () => {
  it('warns after the quiet period, counts down each second, then times out', () => {
    const { events } = setup(60);
    vi.advanceTimersByTime(59_999);
    expect(events.onCountdown).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(events.onCountdown).toHaveBeenLastCalledWith(WARNING_SECONDS);
    vi.advanceTimersByTime(5_000);
    expect(events.onCountdown).toHaveBeenLastCalledWith(WARNING_SECONDS - 5);
    vi.advanceTimersByTime((WARNING_SECONDS - 5) * 1000 - 1);
    expect(events.onTimeout).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(events.onTimeout).toHaveBeenCalledOnce();
  });

  it('gives at least 20 seconds of warning', () => {
    expect(WARNING_SECONDS).toBeGreaterThanOrEqual(20);
  });

  it('starts again on activity, and activity during the warning cancels it', () => {
    const { events, timer } = setup(30);
    vi.advanceTimersByTime(29_000);
    timer.activity();
    vi.advanceTimersByTime(29_000);
    expect(events.onCountdown).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000 + 3_000);
    expect(events.onCountdown).toHaveBeenCalled();
    timer.activity();
    expect(events.onCancel).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(29_999);
    expect(events.onTimeout).not.toHaveBeenCalled();
  });

  it('never fires while paused, and starts a full quiet period on resume', () => {
    const { events, timer } = setup(30);
    timer.pause();
    vi.advanceTimersByTime(10 * 60_000);
    expect(events.onCountdown).not.toHaveBeenCalled();
    timer.resume();
    vi.advanceTimersByTime(29_999);
    expect(events.onCountdown).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(events.onCountdown).toHaveBeenCalledWith(WARNING_SECONDS);
  });

  it('takes a new timeout from the next quiet period', () => {
    const { events, timer } = setup(60);
    timer.setTimeoutSeconds(120);
    vi.advanceTimersByTime(119_999);
    expect(events.onCountdown).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(events.onCountdown).toHaveBeenCalled();
  });

  it('does nothing more once disposed', () => {
    const { events, timer } = setup(30);
    timer.dispose();
    timer.activity();
    vi.advanceTimersByTime(10 * 60_000);
    expect(events.onCountdown).not.toHaveBeenCalled();
    expect(events.onTimeout).not.toHaveBeenCalled();
  });

  it('resets on the next look after the clock jumps ahead, not a second per tick', () => {
    const { events } = setup(60);
    vi.advanceTimersByTime(65_000);
    expect(events.onCountdown).toHaveBeenLastCalledWith(WARNING_SECONDS - 5);
    // A sleep and resume: the wall clock moves 10 minutes, no timer fired meanwhile.
    vi.setSystemTime(Date.now() + 10 * 60_000);
    vi.advanceTimersByTime(1_000);
    expect(events.onTimeout).toHaveBeenCalledOnce();
  });

  it('resets within a second of a jump during the quiet period too', () => {
    const { events } = setup(60);
    vi.advanceTimersByTime(10_000);
    vi.setSystemTime(Date.now() + 10 * 60_000);
    vi.advanceTimersByTime(1_000);
    expect(events.onTimeout).toHaveBeenCalledOnce();
  });

  it('resets at once when asked to look (the page became visible again)', () => {
    const { events, timer } = setup(60);
    vi.setSystemTime(Date.now() + 10 * 60_000);
    timer.check();
    expect(events.onTimeout).toHaveBeenCalledOnce();
  });

  it('shows each second once even when timers fire late and bunched', () => {
    const { events } = setup(30);
    vi.advanceTimersByTime(30_000 + 20_000);
    const shown = events.onCountdown.mock.calls.map(([seconds]) => seconds as number);
    expect(shown).toEqual([...new Set(shown)]);
    expect(events.onTimeout).toHaveBeenCalledOnce();
  });
});
