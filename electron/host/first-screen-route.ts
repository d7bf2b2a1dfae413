import type { FastifyInstance } from 'fastify';
import type { FirstScreenPages } from '../core/index.ts';

/** The kiosk's page, at both of its addresses, with the first screen already in it. */
export function registerFirstScreen(app: FastifyInstance, pages: FirstScreenPages): void {
  for (const url of ['/', '/index.html']) {
    app.get(url, async (_request, reply) =>
      reply.type('text/html; charset=utf-8').send(await pages.page()),
    );
  }
}
