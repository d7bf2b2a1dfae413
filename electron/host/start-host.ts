import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { KioskCore } from '../core/kiosk-core-types.ts';
import type { Logger } from '../core/logger.ts';
import { openKioskCore } from '../core/open-kiosk-core.ts';
import { createHostServer } from './create-server.ts';
import { listenOnLoopback } from './listen.ts';

export const RENDERER_NOT_BUILT = 'The renderer is not built yet: run `npm run build` first.';

export interface StartHostOptions {
  port: number;
  dataDir: string;
  rendererDir: string;
  defaultContentPath: string;
  log: Logger;
  openCore?: typeof openKioskCore;
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
  const core: KioskCore = await openCore({
    dataDir: options.dataDir,
    defaultContentPath: options.defaultContentPath,
    log: options.log,
  });
  const app = createHostServer({ core, rendererDir: options.rendererDir, log: options.log });
  const close = async (): Promise<void> => {
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
