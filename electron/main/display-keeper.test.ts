import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DisplaySchedule } from '../contract/policy-schema.ts';
import { localTimeIn } from '../core/schedule/test-support/local-time-in.ts';
import { createRecordingLogger } from '../core/test-support/recording-logger.ts';
import { keepDisplayAwake, RECHECK_MS } from './display-keeper.ts';
import { powerSaveBlocker, resetFakeElectron } from './test-support/fake-electron.ts';
import { createManualTimers } from './test-support/manual-timers.ts';

vi.mock('electron', () => import('./test-support/fake-electron.ts'));

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEKDAYS_ONLY: DisplaySchedule = {
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  from: '07:30',
  until: '17:30',
};

let timers: ReturnType<typeof createManualTimers>;
let log: ReturnType<typeof createRecordingLogger>;
/** Added to the manual timers' time: a clock set by hand. */
let clockSetBy: number;

beforeEach(() => {
  resetFakeElectron();
  timers = createManualTimers();
  log = createRecordingLogger();
  clockSetBy = 0;
});

/** Starts the keeper at `iso`; the clock then moves with the manual timers. */
function start(iso: string, schedule: DisplaySchedule | undefined): void {
  const startedAt = new Date(iso).getTime();
  keepDisplayAwake({
    schedule,
    timers,
    log,
    now: () => startedAt + timers.elapsed() + clockSetBy,
    localTimeOf: localTimeIn('America/Los_Angeles'),
  });
}

describe('without a schedule (policy.displayAwake absent)', () => {
  it('keeps the display awake from the start, for good, with no timer', () => {
    start('2026-03-03T03:00:00-08:00', undefined);
    expect(powerSaveBlocker.started).toEqual(['prevent-display-sleep']);
    expect(timers.pending()).toEqual([]);
    expect(powerSaveBlocker.stopped).toEqual([]);
  });
});

describe('with weekday hours 07:30 to 17:30 (Pacific time)', () => {
  it('started inside the hours: awake at once, and lets go at 17:30', () => {
    start('2026-03-03T17:00:00-08:00', WEEKDAYS_ONLY);
    expect(powerSaveBlocker.active()).toEqual([1]);
    timers.advance(30 * MINUTE - 1);
    expect(powerSaveBlocker.active()).toEqual([1]);
    timers.advance(1);
    expect(powerSaveBlocker.active()).toEqual([]);
    expect(powerSaveBlocker.stopped).toEqual([1]);
  });

  it('started before the hours: nothing held until 07:30 exactly', () => {
    start('2026-03-03T06:00:00-08:00', WEEKDAYS_ONLY);
    expect(powerSaveBlocker.started).toEqual([]);
    timers.advance(90 * MINUTE - 1);
    expect(powerSaveBlocker.started).toEqual([]);
    timers.advance(1);
    expect(powerSaveBlocker.active()).toEqual([1]);
    expect(log.lines.at(-1)?.message).toMatch(/^Keeping the display awake until /);
  });

  it('over a whole week: awake five times, asleep at night and over the weekend', () => {
    start('2026-03-02T00:00:00-08:00', WEEKDAYS_ONLY);
    const awakeAt: number[] = [];
    for (let hour = 0; hour < 7 * 24; hour++) {
      timers.advance(HOUR);
      if (powerSaveBlocker.active().length > 0) awakeAt.push(hour + 1);
    }
    expect(powerSaveBlocker.started).toHaveLength(5);
    expect(powerSaveBlocker.stopped).toEqual([1, 2, 3, 4, 5]);
    // Hours 8..17 of Monday to Friday (counted from Monday 00:00), nothing at the weekend.
    const expected = [0, 1, 2, 3, 4].flatMap((day) =>
      Array.from({ length: 10 }, (_, hour) => day * 24 + 8 + hour),
    );
    expect(awakeAt).toEqual(expected);
  });

  it('never waits more than an hour before it looks again', () => {
    start('2026-03-06T18:00:00-08:00', WEEKDAYS_ONLY);
    expect(timers.pending()).toEqual([RECHECK_MS]);
    timers.advance(2 * DAY);
    expect(timers.pending()).toEqual([RECHECK_MS]);
  });

  it('catches a clock set by hand within the hour', () => {
    start('2026-03-03T05:00:00-08:00', WEEKDAYS_ONLY);
    clockSetBy = 3 * HOUR;
    timers.advance(RECHECK_MS);
    expect(powerSaveBlocker.active()).toEqual([1]);
  });

  it('follows daylight saving time: Monday 07:30 PDT after the clocks went forward', () => {
    start('2026-03-06T18:00:00-08:00', WEEKDAYS_ONLY);
    // Friday 18:00 PST to Monday 07:30 PDT is 60.5 hours, not 61.5.
    timers.advance(60.5 * HOUR - 1);
    expect(powerSaveBlocker.started).toEqual([]);
    timers.advance(1);
    expect(powerSaveBlocker.active()).toEqual([1]);
  });
});

describe('a clock the schedule cannot be read on', () => {
  it('keeps the display awake and says why in the log', () => {
    keepDisplayAwake({
      schedule: WEEKDAYS_ONLY,
      timers,
      log,
      localTimeOf: () => ({ weekday: 'sat', hour: 12, minute: 0, second: 0 }),
    });
    expect(powerSaveBlocker.active()).toEqual([1]);
    expect(log.lines[0]).toMatchObject({
      level: 'error',
      message: expect.stringMatching(/never changes on this clock.*The display is kept awake\.$/),
    });
  });
});
