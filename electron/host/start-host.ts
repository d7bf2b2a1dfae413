import { access } from 'node:fs/promises';
import { join } from 'node:path';
import {
  openKioskCore,
  type Heartbeat,
  type KioskCore,
  type LoadedPolicy,
  type Logger,
} from '../core/index.ts';
import { createHostServer } from './create-server.ts';
import { listenOnLoopback } from './listen.ts';
import { quitHost } from './quit-host.ts';
import { systemNetworkFetch } from './system-network.ts';

export const RENDERER_NOT_BUILT = 'The renderer is not built yet: run `npm run build` first.';

export interface StartHostOptions {
  port: number;
  dataDir: string;
  rendererDir: string;
  defaultContentPath: string;
  log: Logger;
  /** IT's policy, read before the data folder was chosen (readKioskSetup). */
  policy?: LoadedPolicy;
  openCore?: typeof openKioskCore;
  /** Started once the core is open, stopped first on close (serve.ts: the heartbeat file). */
  startHeartbeat?: (core: KioskCore) => Heartbeat;
  /** Ends the process after admin's "Quit the kiosk" (process.exit); tests pass their own. */
  exit?: (code: number) => void;
  /**
   * How the core reaches IT's central source. Absent: when the policy names one, this process's
   * fetch through the system's proxy and certificates (systemNetworkFetch), set up only then,
   * as it changes the whole process.
   */
  fetch?: typeof fetch;
}

export interface RunningHost {
  url: string;
  /** Stops taking requests, ends open event streams, then closes the core. */
  close(): Promise<void>;
}

/** Everything `npm run serve` and `npm start` share: check, open the core, serve, listen. */
export async function startHost(options: StartHostOptions): Promise<RunningHost> {
  try {
    await access(join(options.rendererDir, 'index.html'));
  } catch {
    throw new Error(RENDERER_NOT_BUILT);
  }
  const openCore = options.openCore ?? openKioskCore;
  const fetch =
    options.fetch ??
    (options.policy?.policy.contentSource === undefined ? undefined : systemNetworkFetch());
  const core: KioskCore = await openCore({
    dataDir: options.dataDir,
    defaultContentPath: options.defaultContentPath,
    log: options.log,
    ...(options.policy === undefined ? {} : { policy: options.policy }),
    ...(fetch === undefined ? {} : { fetch }),
    // Only a request to the server can ask, so `close` below exists by then.
    requestQuit: () => quitHost(close, options.log, options.exit ?? ((code) => process.exit(code))),
  });
  const app = createHostServer({ core, rendererDir: options.rendererDir, log: options.log });
  const heartbeat = options.startHeartbeat?.(core);
  const close = async (): Promise<void> => {
    await heartbeat?.stop();
    try {
      await app.close();
    } finally {
      await core.close();
    }
  };
  try {
    return { url: await listenOnLoopback(app, options.port), close };
  } catch (error) {
    await close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(
        `Port ${options.port} on 127.0.0.1 is already in use: choose another with --port (0 picks any free port).`,
        { cause: error },
      );
    }
    throw error;
  }
}
