import type { Policy } from '../contract/policy-schema.ts';

/** The kiosk failed: too many renderer failures in a row, or it could not start. */
export const EXIT_FAILED = 1;
/**
 * Another kiosk already holds this data folder's lock. A code of its own (2 is a wrong command
 * line) so that a supervisor, or IT reading its log, can tell it from a failure.
 */
export const EXIT_ALREADY_RUNNING = 3;

export interface Supervision {
  supervised: boolean;
  /** After too many failures: start a fresh copy with app.relaunch() before exiting. */
  relaunchAfterFailure: boolean;
  failureExitCode: number;
  /** What a launch that finds the kiosk already running exits with. */
  secondInstanceExitCode: number;
  /** The installer starts the kiosk once an update is in (quitAndInstall's isForceRunAfter). */
  restartAfterUpdate: boolean;
}

/**
 * Who starts the kiosk again. On its own (the default) it starts itself: a relaunch after
 * failures, the installer's force-run after an update. Under a supervisor (policy.supervised:
 * Windows Shell Launcher, a systemd unit) those would start copies the supervisor does not
 * watch; the copy it does watch would then lose the single-instance lock and exit, and be
 * restarted, over and over. So supervised, the kiosk only ever exits, non-zero when something
 * went wrong, and leaves every start to the supervisor.
 */
export function supervisionOf(policy: Pick<Policy, 'supervised'>): Supervision {
  const supervised = policy.supervised === true;
  return {
    supervised,
    relaunchAfterFailure: !supervised,
    // Unsupervised, the relaunched copy carries on: this process's exit is no failure.
    failureExitCode: supervised ? EXIT_FAILED : 0,
    secondInstanceExitCode: supervised ? EXIT_ALREADY_RUNNING : 0,
    restartAfterUpdate: !supervised,
  };
}
