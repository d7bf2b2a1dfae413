import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { boundPort, listenOnLoopback } from './listen.ts';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function otherAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((net) => net && !net.internal && net.family === 'IPv4')?.address;
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('listenOnLoopback', () => {
  it('binds 127.0.0.1 only, on a free port, and returns its URL', async () => {
    app = Fastify();
    const url = await listenOnLoopback(app, 0);
    const address = app.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    const port = boundPort(app)!;
    expect(port).toBeGreaterThan(0);
    expect(url).toBe(`http://127.0.0.1:${port}/`);
    expect(await canConnect('127.0.0.1', port)).toBe(true);
  });

  it.skipIf(otherAddress() === undefined)(
    'cannot be reached on the machine’s network address',
    async () => {
      app = Fastify();
      await listenOnLoopback(app, 0);
      expect(await canConnect(otherAddress()!, boundPort(app)!)).toBe(false);
    },
  );

  it('listens on the port it is given', async () => {
    const probe = Fastify();
    await listenOnLoopback(probe, 0);
    const port = boundPort(probe)!;
    await probe.close();
    app = Fastify();
    expect(await listenOnLoopback(app, port)).toBe(`http://127.0.0.1:${port}/`);
  });

  it.each([-1, 65536, 1.5, Number.NaN])('refuses the port %s', async (port) => {
    app = Fastify();
    await expect(listenOnLoopback(app, port)).rejects.toThrow(/whole number from 0 to 65535/);
  });

  it('reports no port before listening', () => {
    app = Fastify();
    expect(boundPort(app)).toBeUndefined();
  });
});
