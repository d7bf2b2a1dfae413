import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { createFirstScreenPages, systemNow, type KioskCore, type Logger } from '../core/index.ts';
import { registerAssets } from './asset-route.ts';
import { registerErrorReplies } from './error-replies.ts';
import { registerFirstScreen } from './first-screen-route.ts';
import { DEFAULT_KEEP_ALIVE_MS, registerEventStream } from './event-stream.ts';
import { boundPort } from './listen.ts';
import { registerOperationRoutes } from './operation-routes.ts';
import { registerRequestGuards } from './request-guards.ts';
import { registerSecurityHeaders } from './secure-responses.ts';

/** The renderer's calls are small; anything near this is a mistake or an attack. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * A connection silent this long is closed, so a client that sends half a request and stalls
 * cannot hold a socket for ever. Twice the event stream's keep-alive, which a live page hears.
 */
export const IDLE_CONNECTION_MS = 2 * DEFAULT_KEEP_ALIVE_MS;

export interface HostServerOptions {
  core: KioskCore;
  /** The built renderer (dist/renderer), served at "/". */
  rendererDir: string;
  log: Logger;
  keepAliveMs?: number;
  idleConnectionMs?: number;
}

/** The browser shell: the contract's operations over HTTP, the core's events as SSE, and the renderer. */
export function createHostServer(options: HostServerOptions): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT_BYTES,
    connectionTimeout: options.idleConnectionMs ?? IDLE_CONNECTION_MS,
    // A kiosk told to stop stops: open connections are closed rather than waited for. Saves
    // under way still finish, since the core closes after the server and waits for them.
    forceCloseConnections: true,
  });
  registerSecurityHeaders(app);
  registerRequestGuards(app, { port: () => boundPort(app) });
  registerErrorReplies(app, { bodyLimit: BODY_LIMIT_BYTES, log: options.log });
  registerOperationRoutes(app, options.core);
  registerEventStream(app, {
    core: options.core,
    keepAliveMs: options.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS,
  });
  registerFirstScreen(
    app,
    createFirstScreenPages({
      rendererDir: options.rendererDir,
      published: () => options.core.invoke('getPublishedContent', undefined),
      log: options.log,
      now: systemNow,
    }),
  );
  registerAssets(app, options.rendererDir);
  app.register(fastifyStatic, {
    root: resolve(options.rendererDir),
    // The page itself is first-screen-route.ts's: rendered with the content of the moment.
    index: false,
    // The renderer has no client-side routes, so an unknown path is a 404, not index.html.
    wildcard: true,
    dotfiles: 'ignore',
    // Security headers say no-store; validators would only invite revalidation requests.
    cacheControl: false,
    etag: false,
    lastModified: false,
  });
  return app;
}
