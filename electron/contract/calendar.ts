/**
 * Dates and times on the lobby's calendar, in the forms content uses. Each answers whether text
 * already in its form names a day or time that does not exist (2026-02-30, 25:99); text not in
 * the form is the schema's to refuse, so it is not judged here.
 */

function isDay(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC has no gaps to trip on.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 2026-02-30 in the form 2026-12-25. */
export function isImpossibleDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && !isDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** 2026-13-45T25:99 in the form 2026-12-24T12:00. */
export function isImpossibleDateTime(text: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(text);
  if (match === null) return false;
  return isImpossibleDate(match[1]!) || Number(match[2]) > 23 || Number(match[3]) > 59;
}

/** 2/30/2022 in the form the privacy policy prints its date, 4/28/2022. */
export function isImpossibleUsDate(text: string): boolean {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return match !== null && !isDay(Number(match[3]), Number(match[1]), Number(match[2]));
}
