import { WEEKDAYS, type DisplaySchedule } from '../../contract/policy-schema.ts';
import type { LocalTime, LocalTimeOf } from './local-time.ts';

export interface DisplayAwakeState {
  /** Whether the display must be kept awake now. */
  awake: boolean;
  /** When `awake` next changes, to the second; null when it never does. */
  nextChange: Date | null;
}

const SECOND_MS = 1000;
const DAY = 86_400;
const WEEK = 7 * DAY;
/** A real clock finds the change in one or two steps (two when daylight saving moves it). */
const MAX_STEPS = 16;

interface WeekSchedule {
  /** Day numbers, Monday 0. */
  days: Set<number>;
  /** Seconds after midnight. */
  from: number;
  until: number;
}

/**
 * Whether the display must stay awake at `now` under IT's schedule, and when that next changes.
 * No schedule: always awake. The schedule follows the wall clock, so across a daylight-saving
 * change "07:30" is still 07:30 on the wall; when a change skips the "from" time, the display
 * wakes at the moment the clock jumps past it.
 */
export function displayAwakeAt(
  schedule: DisplaySchedule | undefined,
  now: Date,
  localTimeOf: LocalTimeOf,
): DisplayAwakeState {
  if (schedule === undefined) return { awake: true, nextChange: null };
  const week = weekSchedule(schedule);
  const wallAt = (ms: number): number => secondsIntoWeek(localTimeOf(new Date(ms)));
  const awake = isAwake(week, wallAt(now.getTime()));

  // Jump from boundary to boundary of the schedule; where the wall clock moved in between
  // (daylight saving time), stop at the moment it moved and look again from there.
  let at = Math.floor(now.getTime() / SECOND_MS) * SECOND_MS;
  for (let step = 0; step < MAX_STEPS; step++) {
    const wall = wallAt(at);
    const boundary = at + secondsToNextBoundary(week, wall) * SECOND_MS;
    const next = clockMoveBetween(at, wall, boundary, wallAt) ?? boundary;
    if (isAwake(week, wallAt(next)) !== awake) return { awake, nextChange: new Date(next) };
    at = next;
  }
  throw new Error(
    'The display schedule never changes on this clock: check the time zone and clock of the machine.',
  );
}

function weekSchedule({ days, from, until }: DisplaySchedule): WeekSchedule {
  return {
    days: new Set(days.map((day) => WEEKDAYS.indexOf(day))),
    from: secondsOfClock(from),
    until: secondsOfClock(until),
  };
}

/** "07:30" -> seconds after midnight. */
function secondsOfClock(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 3600 + minutes * 60;
}

function secondsIntoWeek({ weekday, hour, minute, second }: LocalTime): number {
  return WEEKDAYS.indexOf(weekday) * DAY + hour * 3600 + minute * 60 + second;
}

function isAwake({ days, from, until }: WeekSchedule, wall: number): boolean {
  const time = wall % DAY;
  return days.has(Math.floor(wall / DAY)) && time >= from && time < until;
}

/** Wall-clock seconds from `wall` to the next "from" or "until" of a scheduled day (> 0). */
function secondsToNextBoundary({ days, from, until }: WeekSchedule, wall: number): number {
  let nearest = WEEK;
  for (const day of days) {
    for (const time of [from, until]) {
      const ahead = mod(day * DAY + time - wall, WEEK);
      if (ahead > 0 && ahead < nearest) nearest = ahead;
    }
  }
  return nearest;
}

/**
 * The first second in (start, end] at which the wall clock no longer reads `startWall` plus
 * the time gone by, found by halving; undefined when it kept time all the way. Assumes at most
 * one clock change in between, as every time zone's rules give within a week.
 */
function clockMoveBetween(
  start: number,
  startWall: number,
  end: number,
  wallAt: (ms: number) => number,
): number | undefined {
  const keptTime = (ms: number): boolean =>
    wallAt(ms) === mod(startWall + (ms - start) / SECOND_MS, WEEK);
  if (keptTime(end)) return undefined;
  let kept = start;
  let moved = end;
  while (moved - kept > SECOND_MS) {
    const middle = kept + Math.floor((moved - kept) / 2 / SECOND_MS) * SECOND_MS;
    if (keptTime(middle)) kept = middle;
    else moved = middle;
  }
  return moved;
}

function mod(value: number, base: number): number {
  return ((value % base) + base) % base;
}
