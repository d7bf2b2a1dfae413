import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONTENT_PATH } from '../repo-paths.ts';
import { startHost, type RunningHost, type StartHostOptions } from '../start-host.ts';
import { createRecordingLogger, type RecordingLogger } from './recording-logger.ts';
import { makeRendererDir } from './renderer-fixture.ts';

export interface RealHost {
  host: RunningHost;
  dataDir: string;
  log: RecordingLogger;
  /** Closes the shell, then removes its data folder and fixture renderer. */
  stop(): Promise<void>;
}

/**
 * The browser shell on the real core, in a fresh data folder with a fixture renderer and the
 * bundled default content. `prepare` runs on the empty data folder first (e.g. to set a PIN).
 */
export async function startRealHost(
  options: {
    prepare?: (dataDir: string, log: RecordingLogger) => Promise<void>;
    exit?: StartHostOptions['exit'];
  } = {},
): Promise<RealHost> {
  const dataDir = await mkdtemp(join(tmpdir(), 'asb-kiosk-real-host-'));
  const renderer = await makeRendererDir();
  const log = createRecordingLogger();
  await options.prepare?.(dataDir, log);
  const host = await startHost({
    port: 0,
    dataDir,
    rendererDir: renderer.dir,
    defaultContentPath: DEFAULT_CONTENT_PATH,
    log,
    exit: options.exit,
  });
  return {
    host,
    dataDir,
    log,
    async stop() {
      await host.close();
      await rm(dataDir, { recursive: true, force: true });
      await renderer.remove();
    },
  };
}
