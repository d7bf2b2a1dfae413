import { homedir } from 'node:os';
import { readKioskSetup, type ErrorTrackingLogger } from '../core/index.ts';
import { browserHeartbeat } from './browser-heartbeat.ts';
import { BUILT_RENDERER_DIR, DEFAULT_CONTENT_PATH } from './repo-paths.ts';
import { startHost, type RunningHost, type StartHostOptions } from './start-host.ts';

export interface ServeKioskOptions {
  port: number;
  /** `--data-dir`; without it IT's policy, then the per-user folder, decide. */
  dataDir?: string | undefined;
  /** `--renderer-dir`; dist/renderer without it. */
  rendererDir?: string | undefined;
  /** Where KIOSK_POLICY_FILE is read from: the process's own, or a test's. */
  env: NodeJS.ProcessEnv;
  /** Through the error tracker, so the heartbeat can report the last error. */
  log: ErrorTrackingLogger;
  exit?: StartHostOptions['exit'];
}

export interface ServedKiosk extends RunningHost {
  dataDir: string;
}

/**
 * What `npm run serve` starts, in whatever process calls it (serve.ts, or an e2e test's
 * worker): IT's policy and the data folder as the browser shell reads them, the heartbeat
 * file, and the kiosk on loopback.
 */
export async function serveKiosk(options: ServeKioskOptions): Promise<ServedKiosk> {
  // The browser shell is never packaged, so KIOSK_POLICY_FILE may point at a test policy.
  const { policy, dataDir } = readKioskSetup({
    flag: options.dataDir,
    env: options.env,
    platform: process.platform,
    homedir: homedir(),
    isPackaged: false,
  });
  const host = await startHost({
    port: options.port,
    dataDir,
    rendererDir: options.rendererDir ?? BUILT_RENDERER_DIR,
    defaultContentPath: DEFAULT_CONTENT_PATH,
    log: options.log,
    policy,
    startHeartbeat: await browserHeartbeat(dataDir, options.log, policy.policy),
    exit: options.exit,
  });
  return { ...host, dataDir };
}
