import type { OfficeHours } from './office-hours.ts';

type Weekly = OfficeHours['weekly'];

const MONDAY = 1;
const OTHER_WEEKDAYS = [2, 3, 4, 5];

/**
 * "Copy Monday to weekdays": Tuesday to Friday get Monday's hours, range for range, in place of
 * their own (closed too, if Monday is); the weekend is left as it was.
 */
export function copyMondayToWeekdays(weekly: Weekly): Weekly {
  const monday = weekly.filter((h) => h.day === MONDAY);
  const kept = weekly.filter((h) => !OTHER_WEEKDAYS.includes(h.day));
  const copies = OTHER_WEEKDAYS.flatMap((day) => monday.map((h) => ({ ...h, day })));
  return [...kept, ...copies].sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens));
}
