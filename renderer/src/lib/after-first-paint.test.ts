import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, FIRST_PAINT_WAIT_MS, type PaintWindow } from './after-first-paint.ts';

/** A window whose browser reports a paint when the test says so. */
function fakeWindow() {
  const observers: { callback: () => void; type?: string; connected: boolean }[] = [];
  class FakeObserver {
    private readonly entry;
    constructor(callback: () => void) {
      this.entry = { callback, type: undefined as string | undefined, connected: false };
      observers.push(this.entry);
    }
    observe(options: { type: string }) {
      this.entry.type = options.type;
      this.entry.connected = true;
    }
    disconnect() {
      this.entry.connected = false;
    }
  }
  const win = {
    setTimeout: (run: () => void, ms?: number) => setTimeout(run, ms),
    clearTimeout: (id?: number) => clearTimeout(id),
    PerformanceObserver: FakeObserver,
  } as unknown as PaintWindow;
  const paint = () => {
    for (const o of observers) if (o.connected && o.type === 'paint') o.callback();
  };
  return { win, paint, observers };
}

describe('afterFirstPaint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs when the first paint is reported, not before, and once', () => {
    const { win, paint, observers } = fakeWindow();
    const run = vi.fn();
    afterFirstPaint(win, run);
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS - 1);
    expect(run).not.toHaveBeenCalled();
    paint();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS);
    paint();
    expect(run).toHaveBeenCalledTimes(1);
    expect(observers.every((o) => !o.connected)).toBe(true);
  });

  it('runs anyway when the page paints nothing, and once only if a paint comes later', () => {
    const { win, paint } = fakeWindow();
    const run = vi.fn();
    afterFirstPaint(win, run);
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS);
    expect(run).toHaveBeenCalledTimes(1);
    paint();
    expect(run).toHaveBeenCalledTimes(1);
  });
});
