import { describe, expect, it, vi } from 'vitest';
import type { Clock } from './clock.ts';
import {
  isQuiet,
  msUntilHour,
  NIGHTLY_RELOAD_HOUR,
  RELOAD_RETRY_MS,
  startNightlyReload,
  UNTOUCHED_MS,
} from './nightly-reload.ts';

type Quiet = Parameters<typeof isQuiet>[0];
const ATTRACT: Quiet = { screen: { name: 'attract' }, adminView: 'closed' };
const VISITING: Quiet = { screen: { name: 'home' }, adminView: 'closed' };
const HOUR = 3_600_000;

/** A clock whose time moves only when the test says, firing timers on the way. */
function manualClock(start: Date) {
  let now = start.getTime();
  let next = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: Clock = {
    now: () => now,
    setTimeout: (callback, ms) => {
      timers.set(next, { at: now + ms, callback });
      return next++;
    },
    clearTimeout: (handle) => void timers.delete(handle),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].callback();
    }
    now = end;
  };
  return { clock, advance, pending: () => timers.size };
}

describe('msUntilHour', () => {
  it('counts to the hour today, or tomorrow once it has passed', () => {
    expect(msUntilHour(new Date(2026, 11, 3, 1, 30).getTime(), 3)).toBe(1.5 * HOUR);
    expect(msUntilHour(new Date(2026, 11, 3, 3, 0).getTime(), 3)).toBe(24 * HOUR);
    expect(msUntilHour(new Date(2026, 11, 3, 22, 0).getTime(), 3)).toBe(5 * HOUR);
  });

  it('keeps to the local clock across daylight saving time (Los Angeles)', () => {
    // 8 March 2026: clocks go from 2:00 to 3:00, so midnight to 3:00 is two hours.
    expect(msUntilHour(new Date(2026, 2, 8, 0, 0).getTime(), 3)).toBe(2 * HOUR);
    // 1 November 2026: 2:00 happens twice, so midnight to 3:00 is four hours.
    expect(msUntilHour(new Date(2026, 10, 1, 0, 0).getTime(), 3)).toBe(4 * HOUR);
  });
});

describe('startNightlyReload', () => {
  it('reloads at the quiet hour when the attract screen is up, once', () => {
    const { clock, advance } = manualClock(new Date(2026, 11, 3, 14, 0));
    const reload = vi.fn();
    startNightlyReload({ getState: () => ATTRACT as never }, reload, clock.now, clock);
    advance(12 * HOUR);
    expect(reload).not.toHaveBeenCalled();
    advance(1 * HOUR);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(new Date(clock.now()).getHours()).toBe(NIGHTLY_RELOAD_HOUR);
  });

  it('waits for a visit to end, and for staff to leave admin', () => {
    const { clock, advance } = manualClock(new Date(2026, 11, 3, 2, 59));
    let state: Quiet = VISITING;
    const reload = vi.fn();
    startNightlyReload({ getState: () => state as never }, reload, clock.now, clock);
    advance(60_000 + RELOAD_RETRY_MS);
    expect(reload).not.toHaveBeenCalled();
    state = { screen: { name: 'attract' }, adminView: 'editor' };
    advance(RELOAD_RETRY_MS);
    expect(reload).not.toHaveBeenCalled();
    state = ATTRACT;
    advance(RELOAD_RETRY_MS);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('gives up at the end of the quiet hour and tries the next night', () => {
    const { clock, advance } = manualClock(new Date(2026, 11, 3, 2, 0));
    let state: Quiet = VISITING;
    const reload = vi.fn(() => new Date(clock.now()));
    startNightlyReload({ getState: () => state as never }, reload, clock.now, clock);
    advance(2 * HOUR);
    expect(reload).not.toHaveBeenCalled();
    state = ATTRACT;
    advance(20 * HOUR);
    expect(reload).not.toHaveBeenCalled();
    advance(4 * HOUR);
    expect(reload.mock.results.map((r) => r.value)).toEqual([new Date(2026, 11, 4, 3, 0)]);
  });

  it('reloads a screen nobody has touched for 10 minutes, whatever it shows', () => {
    // The React tree that would bring the attract screen back has failed: only a reload mends it.
    const start = new Date(2026, 11, 3, 2, 55);
    const { clock, advance } = manualClock(start);
    const reload = vi.fn();
    startNightlyReload({ getState: () => VISITING as never }, reload, () => start.getTime(), clock);
    advance(5 * 60_000);
    expect(reload).not.toHaveBeenCalled();
    advance(RELOAD_RETRY_MS);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('schedules nothing more once stopped', () => {
    const { clock, advance, pending } = manualClock(new Date(2026, 11, 3, 14, 0));
    const reload = vi.fn();
    const stop = startNightlyReload({ getState: () => ATTRACT as never }, reload, clock.now, clock);
    stop();
    expect(pending()).toBe(0);
    advance(48 * HOUR);
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('isQuiet', () => {
  it('is quiet on the attract screen with admin closed', () => {
    expect(isQuiet(ATTRACT, 0)).toBe(true);
    expect(isQuiet(VISITING, 0)).toBe(false);
    expect(isQuiet({ screen: { name: 'attract' }, adminView: 'pin' }, 0)).toBe(false);
  });

  it('and anywhere nothing was touched for 10 minutes', () => {
    expect(isQuiet(VISITING, UNTOUCHED_MS - 1)).toBe(false);
    expect(isQuiet(VISITING, UNTOUCHED_MS)).toBe(true);
    expect(isQuiet({ screen: { name: 'home' }, adminView: 'editor' }, UNTOUCHED_MS)).toBe(true);
  });
});
