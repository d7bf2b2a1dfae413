import type { Logger } from '../logger.ts';
import type { LoadedPolicy } from './read-policy.ts';

/** Tells IT, in the kiosk's log at start, which policy is in force or why none is. */
export function logPolicy({ policy, path, problem }: LoadedPolicy, log: Logger): void {
  if (problem !== null) {
    log.error(
      `IT's policy file ${path} cannot be used, so the kiosk runs on its defaults and staff's settings until it is fixed; set-pin is refused meanwhile.\n${problem}`,
    );
    return;
  }
  const keys = Object.keys(policy);
  log.info(
    keys.length === 0
      ? `No policy settings at ${path}: staff's settings and the kiosk's defaults apply.`
      : `IT's policy file ${path} is in force; it sets ${keys.join(', ')}.`,
  );
}
