import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP_EVENTS_ROUTE, httpRoute } from '../../electron/contract/wire.ts';
import { startRealHost, type RealHost } from '../../electron/host/test-support/real-host.ts';
import { apiProxy } from './api-proxy.ts';

// Vite's proxy in front of a real browser shell, as `npm run dev` runs them: the shell's request
// guards must let the page's calls through, and its event stream must flow.
describe("Vite's proxy to the browser shell", () => {
  let shell: RealHost;
  let root: string;
  let vite: ViteDevServer;
  let pageOrigin: string;

  beforeAll(async () => {
    shell = await startRealHost();
    root = await mkdtemp(join(tmpdir(), 'asb-kiosk-dev-proxy-'));
    vite = await createServer({
      configFile: false,
      root,
      appType: 'custom',
      logLevel: 'silent',
      optimizeDeps: { noDiscovery: true },
      server: { host: '127.0.0.1', port: 0, proxy: apiProxy(shell.host.url) },
    });
    await vite.listen();
    pageOrigin = new URL(vite.resolvedUrls!.local[0]!).origin;
  }, 60_000);

  afterAll(async () => {
    await vite?.close();
    await shell?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  // What the renderer's HTTP bridge sends from a page Vite served.
  const call = (origin: string, base: string) =>
    fetch(new URL(httpRoute('getPublishedContent'), base), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-origin' },
      body: '{}',
    });

  it("passes the page's calls to the shell as the shell's own", async () => {
    const response = await call(pageOrigin, pageOrigin);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ output: { revision: 1 } });
  });

  it('is needed: the shell itself refuses the dev page’s origin', async () => {
    expect((await call(pageOrigin, shell.host.url)).status).toBe(403);
  });

  it('streams the server-sent events', async () => {
    const controller = new AbortController();
    const response = await fetch(new URL(HTTP_EVENTS_ROUTE, pageOrigin), {
      headers: { origin: pageOrigin },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const { value } = await response.body!.getReader().read();
    expect(new TextDecoder().decode(value)).toContain('retry: 2000');
    controller.abort();
  });
});
