import type { FastifyInstance } from 'fastify';

/** Loopback only: the kiosk's API must never be reachable from another machine. */
export const LOOPBACK_HOST = '127.0.0.1';

/** Listens on 127.0.0.1 (port 0 picks any free port) and returns the address to open. */
export async function listenOnLoopback(app: FastifyInstance, port: number): Promise<string> {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`The port must be a whole number from 0 to 65535, not ${port}.`);
  }
  await app.listen({ host: LOOPBACK_HOST, port });
  return `http://${LOOPBACK_HOST}:${boundPort(app)}/`;
}

/** The port the server is bound to, or undefined while it is not listening. */
export function boundPort(app: FastifyInstance): number | undefined {
  const address = app.server.address();
  return address !== null && typeof address === 'object' ? address.port : undefined;
}
