import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RENDERER_SILENT_AFTER_MS } from '../../contract/wire.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { systemTimers } from '../clock.ts';
import { createRendererWatchdog } from './renderer-watchdog.ts';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

function setup() {
  const onSilent = vi.fn<(reason: string) => void>();
  const log = createRecordingLogger();
  const watchdog = createRendererWatchdog({ timers: systemTimers, log, onSilent });
  return { onSilent, log, watchdog };
}

describe('the renderer watchdog', () => {
  it('does nothing before the first beat (no screen attached)', () => {
    const { onSilent } = setup();
    vi.advanceTimersByTime(10 * RENDERER_SILENT_AFTER_MS);
    expect(onSilent).not.toHaveBeenCalled();
  });

  it('asks for one reload when the beats stop, saying why, and logs it', () => {
    const { onSilent, log, watchdog } = setup();
    watchdog.alive();
    vi.advanceTimersByTime(RENDERER_SILENT_AFTER_MS - 1);
    expect(onSilent).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onSilent).toHaveBeenCalledExactlyOnceWith(expect.stringMatching(/no heartbeat/));
    vi.advanceTimersByTime(10 * RENDERER_SILENT_AFTER_MS);
    expect(onSilent).toHaveBeenCalledOnce();
    expect(log.lines.map((line) => line.level)).toEqual(['warn']);
  });

  it('stays quiet while the beats keep coming', () => {
    const { onSilent, watchdog } = setup();
    for (let beat = 0; beat < 20; beat++) {
      watchdog.alive();
      vi.advanceTimersByTime(RENDERER_SILENT_AFTER_MS - 1_000);
    }
    expect(onSilent).not.toHaveBeenCalled();
  });

  it('watches the reloaded app once it beats again', () => {
    const { onSilent, watchdog } = setup();
    watchdog.alive();
    vi.advanceTimersByTime(RENDERER_SILENT_AFTER_MS);
    watchdog.alive();
    vi.advanceTimersByTime(RENDERER_SILENT_AFTER_MS);
    expect(onSilent).toHaveBeenCalledTimes(2);
  });

  it('does nothing once stopped', () => {
    const { onSilent, watchdog } = setup();
    watchdog.alive();
    watchdog.stop();
    watchdog.alive();
    vi.advanceTimersByTime(10 * RENDERER_SILENT_AFTER_MS);
    expect(onSilent).not.toHaveBeenCalled();
  });
});
