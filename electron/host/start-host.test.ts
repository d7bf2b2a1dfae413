import { createServer, type Server } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskCore } from '../core/index.ts';
import { RENDERER_NOT_BUILT, startHost, type StartHostOptions } from './start-host.ts';
import { createFakeCore, type FakeCore } from './test-support/fake-core.ts';
import { createRecordingLogger } from './test-support/recording-logger.ts';
import { FIXTURE_INDEX_HTML, makeRendererDir } from './test-support/renderer-fixture.ts';

// The real one sets the proxy and certificates of the whole process (system-network.test.ts).
const systemFetch = vi.hoisted(() => (async () => new Response('')) as typeof fetch);
vi.mock('./system-network.ts', () => ({ systemNetworkFetch: () => systemFetch }));

let renderer: Awaited<ReturnType<typeof makeRendererDir>>;
let core: FakeCore;
let opened: unknown[];
beforeEach(async () => {
  renderer = await makeRendererDir();
  core = createFakeCore();
  opened = [];
});
afterEach(() => renderer.remove());

function options(overrides: Partial<StartHostOptions> = {}): StartHostOptions {
  return {
    port: 0,
    dataDir: '/data/kiosk',
    rendererDir: renderer.dir,
    defaultContentPath: '/repo/data/default-content.json',
    log: createRecordingLogger(),
    openCore: async (coreOptions): Promise<KioskCore> => {
      opened.push(coreOptions);
      return core;
    },
    ...overrides,
  };
}

describe('startHost', () => {
  it("gives the core the system's network when the policy names a central source", async () => {
    const source = {
      location: '/srv/kiosk-bundle',
      publicKeys: [`MCowBQYDK2VwAyEA${'A'.repeat(43)}=`],
    };
    const policy = { policy: { contentSource: source }, path: '/etc/p.json', problem: null };
    const given = (async () => new Response('')) as typeof fetch;

    const hosts = [
      await startHost(options({ policy })),
      await startHost(options({ policy, fetch: given })),
      await startHost(options()),
    ];
    await Promise.all(hosts.map((host) => host.close()));

    expect(opened.map((coreOptions) => (coreOptions as { fetch?: unknown }).fetch)).toEqual([
      systemFetch,
      given,
      undefined,
    ]);
  });

  it('opens the core on the data folder and serves the renderer on loopback', async () => {
    const log = createRecordingLogger();
    const host = await startHost(options({ log }));
    try {
      expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(opened).toEqual([
        {
          dataDir: '/data/kiosk',
          defaultContentPath: '/repo/data/default-content.json',
          log,
          requestQuit: expect.any(Function),
        },
      ]);
      const res = await fetch(host.url);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(FIXTURE_INDEX_HTML);
    } finally {
      await host.close();
    }
    expect(core.isClosed()).toBe(true);
    await expect(fetch(host.url)).rejects.toThrow();
  });

  it('hands IT’s policy to the core', async () => {
    const log = createRecordingLogger();
    const policy = { policy: { languages: ['es' as const] }, path: '/etc/p.json', problem: null };
    const host = await startHost(options({ log, policy }));
    await host.close();
    expect(opened).toEqual([expect.objectContaining({ dataDir: '/data/kiosk', policy })]);
  });

  it('says to build the renderer when it is not built, before touching the data folder', async () => {
    await expect(startHost(options({ rendererDir: `${renderer.dir}/nothing` }))).rejects.toThrow(
      RENDERER_NOT_BUILT,
    );
    expect(opened).toEqual([]);
  });

  it('starts the heartbeat on the open core and stops it before the core closes', async () => {
    const events: string[] = [];
    const host = await startHost(
      options({
        startHeartbeat: (started) => {
          events.push(started === core ? 'heartbeat started on the core' : 'another core');
          return {
            stop: async () =>
              void events.push(`heartbeat stopped, core closed: ${core.isClosed()}`),
          };
        },
      }),
    );
    expect(events).toEqual(['heartbeat started on the core']);
    await host.close();
    expect(events).toEqual([
      'heartbeat started on the core',
      'heartbeat stopped, core closed: false',
    ]);
    expect(core.isClosed()).toBe(true);
  });

  describe('when the port is taken', () => {
    let blocker: Server;
    let port: number;
    beforeEach(async () => {
      blocker = createServer();
      await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
      port = (blocker.address() as { port: number }).port;
    });
    afterEach(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

    it('says so in plain words and closes the core again', async () => {
      await expect(startHost(options({ port }))).rejects.toThrow(
        `Port ${port} on 127.0.0.1 is already in use: choose another with --port (0 picks any free port).`,
      );
      expect(core.isClosed()).toBe(true);
    });
  });
});
