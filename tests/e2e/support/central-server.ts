import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface BundleServer {
  /** http://127.0.0.1:<port>/, the same across stop and start. */
  url: string;
  /** Serves this bundle folder from the next request on. */
  serve(dir: string): void;
  /** Content files are cut off halfway, the connection dropped, as a failing network does. */
  cutContentFiles(cut: boolean): void;
  /** Stops listening and drops kept-alive connections: kiosks meet a refused connection. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

const CONTENT_FILE = /^\/[0-9a-f]{64}\.json$/;
const SERVED = /^\/(manifest\.json|manifest\.sig|[0-9a-f]{64}\.json)$/;

/**
 * A static file server on loopback over one bundle folder, as IT's web server would be: GET
 * only, an ETag per file and 304 for a matching If-None-Match (the kiosk asks conditionally),
 * manifest.json never cached.
 */
export async function startBundleServer(dir: string): Promise<BundleServer> {
  let root = dir;
  let cut = false;
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (request.method !== 'GET' || !SERVED.test(path)) {
      response.writeHead(404).end();
      return;
    }
    const bytes = await readFile(join(root, path.slice(1))).catch(() => null);
    if (bytes === null) {
      response.writeHead(404).end();
      return;
    }
    const etag = `"${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}"`;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag }).end();
      return;
    }
    response.writeHead(200, {
      'content-type': path.endsWith('.sig') ? 'application/octet-stream' : 'application/json',
      'content-length': bytes.length,
      'cache-control': 'no-cache',
      etag,
    });
    if (cut && CONTENT_FILE.test(path)) {
      response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => response.destroy());
      return;
    }
    response.end(bytes);
  };
  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.destroy());
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  const port = await listen(0);
  return {
    url: `http://127.0.0.1:${port}/`,
    serve: (next) => {
      root = next;
    },
    cutContentFiles: (next) => {
      cut = next;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    start: async () => {
      if (!server.listening) await listen(port);
    },
  };
}
