import { powerSaveBlocker } from 'electron';
import type { DisplaySchedule } from '../contract/policy-schema.ts';
import {
  displayAwakeAt,
  machineLocalTime,
  systemNow,
  type DisplayAwakeState,
  type LocalTimeOf,
  type Logger,
  type Now,
  type Timers,
} from '../core/index.ts';

/**
 * The schedule is looked at again at least this often: a timer does not notice a clock set by
 * hand, and on some systems stands still while the machine sleeps.
 */
export const RECHECK_MS = 60 * 60_000;

export interface DisplayKeeperOptions {
  /** policy.displayAwake; none: the display is kept awake all the time. */
  schedule: DisplaySchedule | undefined;
  timers: Timers;
  log: Logger;
  now?: Now;
  localTimeOf?: LocalTimeOf;
}

/**
 * Keeps the display from sleeping during IT's hours (all the time without a schedule) and lets
 * the operating system's own power settings apply outside them.
 */
export function keepDisplayAwake(options: DisplayKeeperOptions): void {
  const { schedule, timers, log } = options;
  const now = options.now ?? systemNow;
  const localTimeOf = options.localTimeOf ?? machineLocalTime;
  let blocker: number | undefined;
  let awakeNow: boolean | undefined;

  const stateAt = (moment: Date): DisplayAwakeState => {
    try {
      return displayAwakeAt(schedule, moment, localTimeOf);
    } catch (error) {
      // Awake is what the kiosk did before there were schedules: the safe side to fail on.
      log.error(
        `${error instanceof Error ? error.message : String(error)} The display is kept awake.`,
      );
      return { awake: true, nextChange: null };
    }
  };

  const apply = ({ awake, nextChange }: DisplayAwakeState): void => {
    if (awake === awakeNow) return;
    awakeNow = awake;
    const until = nextChange === null ? '' : ` until ${nextChange.toString()}`;
    if (awake) {
      blocker = powerSaveBlocker.start('prevent-display-sleep');
      log.info(`Keeping the display awake${until}`);
      return;
    }
    if (blocker !== undefined) powerSaveBlocker.stop(blocker);
    blocker = undefined;
    log.info(`Outside the display hours of policy.json: the display may sleep${until}`);
  };

  const check = (): void => {
    const moment = new Date(now());
    const state = stateAt(moment);
    apply(state);
    if (state.nextChange === null) return;
    timers.setTimeout(check, Math.min(state.nextChange.getTime() - moment.getTime(), RECHECK_MS));
  };
  check();
}
