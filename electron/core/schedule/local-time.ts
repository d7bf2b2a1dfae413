import { WEEKDAYS, type Weekday } from '../../contract/policy-schema.ts';

/** A moment as the clock on the wall shows it, to the second. */
export interface LocalTime {
  weekday: Weekday;
  hour: number;
  minute: number;
  second: number;
}

/** Reads a moment as a wall clock shows it; injected, so tests can choose the time zone. */
export type LocalTimeOf = (instant: Date) => LocalTime;

/** The machine's own zone, daylight saving time included: the clock staff and IT see. */
export const machineLocalTime: LocalTimeOf = (instant) => ({
  // Date counts days from Sunday; the policy's week starts on Monday.
  weekday: WEEKDAYS[(instant.getDay() + 6) % 7]!,
  hour: instant.getHours(),
  minute: instant.getMinutes(),
  second: instant.getSeconds(),
});
