import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

let proxy: Server | undefined;
afterEach(
  () =>
    new Promise<void>((done) => {
      proxy?.closeAllConnections();
      return proxy ? proxy.close(() => done()) : done();
    }),
);

/**
 * A loopback HTTP proxy that answers every request itself and records what it was asked. Node's
 * fetch tunnels even plain http through the proxy (CONNECT), so the tunnel is answered by this
 * same server.
 */
async function recordingProxy(): Promise<{ url: string; asked: string[] }> {
  const asked: string[] = [];
  proxy = createServer((request, response) => {
    asked.push(`${request.method} ${request.url} host=${request.headers.host}`);
    response.end('{"from":"proxy"}');
  });
  proxy.on('connect', (request: IncomingMessage, socket: Duplex) => {
    asked.push(`CONNECT ${request.url}`);
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    proxy!.emit('connection', socket);
  });
  await new Promise<void>((done) => proxy!.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, asked };
}

/** Runs test-support/fetch-through-network.ts in its own process, with only these proxy variables. */
async function fetchInChild(url: string, env: NodeJS.ProcessEnv) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(https?|no|all)_proxy$/i.test(name)),
  );
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'electron/host/test-support/fetch-through-network.ts', url],
    { cwd: root, env: { ...clean, ...env }, timeout: 20_000 },
  );
  return JSON.parse(stdout) as { status: number; body: string; systemTrusted: boolean };
}

describe('systemNetworkFetch', { timeout: 20_000 }, () => {
  it('fetches through the proxy HTTP_PROXY names, and trusts the system certificates', async () => {
    const { url, asked } = await recordingProxy();

    const answer = await fetchInChild('http://bundle.invalid/manifest.json', { HTTP_PROXY: url });

    expect(asked).toEqual(['CONNECT bundle.invalid:80', 'GET /manifest.json host=bundle.invalid']);
    expect(answer).toEqual({ status: 200, body: '{"from":"proxy"}', systemTrusted: true });
  });

  it('goes past the proxy for a host NO_PROXY names', async () => {
    const { url, asked } = await recordingProxy();

    await expect(
      fetchInChild('http://bundle.invalid/manifest.json', {
        HTTP_PROXY: url,
        NO_PROXY: 'bundle.invalid',
      }),
    ).rejects.toThrow();
    expect(asked).toEqual([]);
  });
});
