import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApiErrorBody } from '../contract/errors.ts';

/**
 * Listening on 127.0.0.1 keeps other machines out, but not other web pages: any site the
 * kiosk's own browser opens can aim requests at the loopback port. Checking Host stops DNS
 * rebinding, Origin and Sec-Fetch-Site stop cross-site requests, and requiring JSON on POST
 * stops the "simple" cross-site form posts that would skip a CORS preflight.
 */
export interface RequestGuardOptions {
  /** The port the server listens on; undefined while it is not listening (then all is refused). */
  port: () => number | undefined;
}

export interface Refusal {
  status: number;
  body: ApiErrorBody;
}

// Only our own pages (same-origin) and a person typing the address (none) may reach the kiosk;
// same-site counts as foreign too, since any other port on 127.0.0.1 is the same site.
const FOREIGN_FETCH_SITES = new Set(['cross-site', 'same-site']);

export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

export function checkRequest(request: FastifyRequest, port: number | undefined): Refusal | null {
  if (port === undefined) {
    return forbidden('The kiosk server is not listening yet, so it refuses every request.');
  }
  const host = request.headers.host;
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    return forbidden(
      `This kiosk answers only at http://127.0.0.1:${port}/ (the request was addressed to "${host ?? ''}").`,
    );
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedOrigins(port).includes(origin)) {
    return forbidden(`Requests from other web pages are refused (this one came from "${origin}").`);
  }
  const fetchSite = request.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string' && FOREIGN_FETCH_SITES.has(fetchSite.toLowerCase())) {
    return forbidden('Requests from other web sites are refused.');
  }
  if (request.method === 'POST' && !isJson(request.headers['content-type'])) {
    return {
      status: 415,
      body: {
        code: 'bad_request',
        message: 'Send the request body as JSON, with the header Content-Type: application/json.',
      },
    };
  }
  return null;
}

export function registerRequestGuards(app: FastifyInstance, options: RequestGuardOptions): void {
  app.addHook('onRequest', async (request, reply) => {
    const refusal = checkRequest(request, options.port());
    if (refusal) {
      // Returning the reply (not awaiting it) is how an async hook ends the request in fastify.
      return reply.code(refusal.status).send(refusal.body);
    }
  });
}

function forbidden(message: string): Refusal {
  return { status: 403, body: { code: 'forbidden', message } };
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}
