import type { Weekday } from '../../../contract/policy-schema.ts';
import type { LocalTimeOf } from '../local-time.ts';

/**
 * The wall clock of a named zone, whatever zone the machine running the tests is in: the node
 * tests have no TZ of their own, so schedule tests read the time through this.
 */
export function localTimeIn(timeZone: string): LocalTimeOf {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  return (instant) => {
    const parts = new Map(format.formatToParts(instant).map(({ type, value }) => [type, value]));
    return {
      weekday: parts.get('weekday')?.toLowerCase() as Weekday,
      hour: Number(parts.get('hour')),
      minute: Number(parts.get('minute')),
      second: Number(parts.get('second')),
    };
  };
}
