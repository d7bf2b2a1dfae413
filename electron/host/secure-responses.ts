import type { FastifyInstance } from 'fastify';
import { SECURITY_HEADERS } from '../contract/security-headers.ts';

/**
 * onSend runs for every reply fastify sends (pages, assets, API answers, refusals, errors), and
 * runs last, so these headers win over any a plugin set (e.g. @fastify/static's Cache-Control).
 * Hijacked replies (the event stream) bypass it and write the same headers themselves.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return payload;
  });
}
