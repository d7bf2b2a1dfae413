import type { Policy } from '../contract/policy-schema.ts';
import {
  centralChangesOf,
  fleetStatusPlaceOf,
  kioskStatusOf,
  publishedRevisionOf,
  readAppVersion,
  startHeartbeat,
  type ErrorTrackingLogger,
  type Heartbeat,
  type KioskCore,
} from '../core/index.ts';

/**
 * The browser shell's heartbeat (`npm run serve`, `npm start`), as startHost's `startHeartbeat`
 * option wants it: the same file the Electron shell writes, with shell "browser", and the
 * fleet status file when the policy names statusFolder and kioskName.
 */
export async function browserHeartbeat(
  dataDir: string,
  log: ErrorTrackingLogger,
  policy: Pick<Policy, 'kioskName' | 'statusFolder'> = {},
): Promise<(core: KioskCore) => Heartbeat> {
  const version = await readAppVersion(new URL('../../package.json', import.meta.url));
  return (core) =>
    startHeartbeat({
      dataDir,
      version,
      shell: 'browser',
      publishedRevision: publishedRevisionOf(core),
      lastError: log.lastError,
      ...kioskStatusOf(core),
      rewriteWhen: centralChangesOf(core),
      fleetStatus: fleetStatusPlaceOf(policy),
      log,
    });
}
