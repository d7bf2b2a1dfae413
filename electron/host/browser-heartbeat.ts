import type { KioskCore } from '../core/kiosk-core-types.ts';
import { readAppVersion } from '../core/ops/app-version.ts';
import type { ErrorTrackingLogger } from '../core/ops/error-tracker.ts';
import { publishedRevisionOf, startHeartbeat, type Heartbeat } from '../core/ops/heartbeat.ts';

/**
 * The browser shell's heartbeat (`npm run serve`, `npm start`), as startHost's `startHeartbeat`
 * option wants it: the same file the Electron shell writes, with shell "browser".
 */
export async function browserHeartbeat(
  dataDir: string,
  log: ErrorTrackingLogger,
): Promise<(core: KioskCore) => Heartbeat> {
  const version = await readAppVersion(new URL('../../package.json', import.meta.url));
  return (core) =>
    startHeartbeat({
      dataDir,
      version,
      shell: 'browser',
      publishedRevision: publishedRevisionOf(core),
      lastError: log.lastError,
      log,
    });
}
