import type { FastifyInstance } from 'fastify';
import { createHostServer } from '../create-server.ts';
import { listenOnLoopback } from '../listen.ts';
import { createFakeCore, type FakeCore } from './fake-core.ts';
import { createRecordingLogger, type RecordingLogger } from './recording-logger.ts';
import { makeRendererDir } from './renderer-fixture.ts';

export interface TestServer {
  app: FastifyInstance;
  core: FakeCore;
  log: RecordingLogger;
  port: number;
  url: string;
  /** The headers our own page would send: the guards let these through. */
  ownHeaders: { host: string };
  stop(): Promise<void>;
}

/** A host server on a fake core and a fixture renderer, listening so its guards know the port. */
export async function startTestServer(
  options: {
    core?: FakeCore;
    keepAliveMs?: number;
    idleConnectionMs?: number;
    firstScreen?: boolean;
  } = {},
): Promise<TestServer> {
  const core = options.core ?? createFakeCore();
  const log = createRecordingLogger();
  const renderer = await makeRendererDir({ firstScreen: options.firstScreen ?? false });
  const app = createHostServer({
    core,
    rendererDir: renderer.dir,
    log,
    keepAliveMs: options.keepAliveMs,
    idleConnectionMs: options.idleConnectionMs,
  });
  const url = await listenOnLoopback(app, 0);
  const port = Number(new URL(url).port);
  return {
    app,
    core,
    log,
    port,
    url,
    ownHeaders: { host: `127.0.0.1:${port}` },
    async stop() {
      await app.close();
      await renderer.remove();
    },
  };
}
