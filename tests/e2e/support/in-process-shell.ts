import { trackErrors } from '../../../electron/core/index.ts';
import { serveKiosk } from '../../../electron/host/serve-kiosk.ts';
import { createStderrLogger } from '../../../electron/host/stderr-logger.ts';

export interface InProcessShell {
  url: string;
  stop(): Promise<void>;
  /** What the kiosk logged, in serve's stderr format: shown when a test fails. */
  logText(): string;
}

/**
 * The browser shell as `npm run serve -- --port 0 --data-dir <dir>` starts it (IT's policy
 * from `env`'s KIOSK_POLICY_FILE, the heartbeat, the built renderer, the bundled default
 * content), inside the test's worker: a test starts in milliseconds instead of a tsx process's
 * seconds. serve-process.spec.ts keeps the real process covered.
 */
export async function startInProcessShell(
  dataDir: string,
  env: Record<string, string>,
): Promise<InProcessShell> {
  const lines: string[] = [];
  const host = await serveKiosk({
    port: 0,
    dataDir,
    env: { ...process.env, ...env },
    log: trackErrors(createStderrLogger((line) => lines.push(line))),
    // Admin's "Quit the kiosk" has closed the kiosk by now; the worker runs other tests on.
    exit: () => undefined,
  });
  return { url: host.url, stop: host.close, logText: () => lines.join('') };
}
