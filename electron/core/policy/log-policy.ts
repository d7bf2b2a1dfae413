import type { Logger } from '../logger.ts';
import type { LoadedPolicy } from './read-policy.ts';

/** Tells IT, in the kiosk's log at start, which policy is in force and what of it is not. */
export function logPolicy({ policy, path, problem }: LoadedPolicy, log: Logger): void {
  if (problem !== null) {
    log.error(
      `IT's policy file ${path} has problems: what it sets right is in force, the rest is not, and set-pin is refused until it is fixed.\n${problem}`,
    );
  }
  const keys = Object.keys(policy);
  log.info(
    keys.length === 0
      ? `No policy settings at ${path}: staff's settings and the kiosk's defaults apply.`
      : `IT's policy file ${path} is in force; it sets ${keys.join(', ')}.`,
  );
}
