import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerRequestGuards } from './request-guards.ts';

const PORT = 4321;
const OWN = { host: `127.0.0.1:${PORT}` };

function guardedApp(port: number | undefined): FastifyInstance {
  const app = Fastify({ logger: false });
  registerRequestGuards(app, { port: () => port });
  app.get('/', async () => 'page');
  app.post('/api/thing', async () => ({ output: 'done' }));
  return app;
}

describe('request guards', () => {
  let app: FastifyInstance;
  beforeEach(() => {
    app = guardedApp(PORT);
  });
  afterEach(() => app.close());

  describe('allows', () => {
    it.each([
      ['127.0.0.1 with no Origin', { host: `127.0.0.1:${PORT}` }],
      ['localhost with no Origin', { host: `localhost:${PORT}` }],
      ['its own 127.0.0.1 origin', { ...OWN, origin: `http://127.0.0.1:${PORT}` }],
      ['its own localhost origin', { ...OWN, origin: `http://localhost:${PORT}` }],
      ['a same-origin fetch', { ...OWN, 'sec-fetch-site': 'same-origin' }],
      ['an address typed by a person', { ...OWN, 'sec-fetch-site': 'none' }],
    ])('a GET from %s', async (_label, headers) => {
      const res = await app.inject({ method: 'GET', url: '/', headers });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('page');
    });

    it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON'])(
      'a POST sent as %s',
      async (contentType) => {
        const res = await app.inject({
          method: 'POST',
          url: '/api/thing',
          headers: { ...OWN, 'content-type': contentType, origin: `http://127.0.0.1:${PORT}` },
          payload: '{}',
        });
        expect(res.statusCode).toBe(200);
        expect(res.json()).toEqual({ output: 'done' });
      },
    );
  });

  describe('refuses with 403 and plain words', () => {
    it.each([
      ['a foreign host name (DNS rebinding)', { host: `evil.example:${PORT}` }],
      ['the right host on another port', { host: '127.0.0.1:9999' }],
      ['the host without a port', { host: '127.0.0.1' }],
      ['the wildcard address', { host: `0.0.0.0:${PORT}` }],
      ['another machine’s address', { host: `192.168.1.20:${PORT}` }],
    ])('%s', async (_label, headers) => {
      const res = await app.inject({ method: 'GET', url: '/', headers });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toEqual({
        code: 'forbidden',
        message: expect.stringContaining(`only at http://127.0.0.1:${PORT}/`),
      });
    });

    it.each([
      'https://evil.example',
      `http://127.0.0.1:${PORT + 1}`,
      `https://127.0.0.1:${PORT}`,
      'null',
    ])('a request from the page %s', async (origin) => {
      const res = await app.inject({ method: 'GET', url: '/', headers: { ...OWN, origin } });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toEqual({
        code: 'forbidden',
        message: `Requests from other web pages are refused (this one came from "${origin}").`,
      });
    });

    it.each(['cross-site', 'same-site'])('a request marked Sec-Fetch-Site: %s', async (site) => {
      const res = await app.inject({
        method: 'GET',
        url: '/',
        headers: { ...OWN, 'sec-fetch-site': site },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().message).toBe('Requests from other web sites are refused.');
    });

    it('everything while the server is not listening', async () => {
      const notListening = guardedApp(undefined);
      const res = await notListening.inject({ method: 'GET', url: '/', headers: OWN });
      expect(res.statusCode).toBe(403);
      expect(res.json().message).toMatch(/not listening/);
      await notListening.close();
    });
  });

  describe('refuses a POST that is not JSON with 415', () => {
    it.each([
      ['text/plain', 'text/plain'],
      ['a form', 'application/x-www-form-urlencoded'],
      ['multipart', 'multipart/form-data; boundary=x'],
      ['a look-alike type', 'application/jsonp'],
    ])('%s', async (_label, contentType) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/thing',
        headers: { ...OWN, 'content-type': contentType },
        payload: '{"input":1}',
      });
      expect(res.statusCode).toBe(415);
      expect(res.json()).toEqual({
        code: 'bad_request',
        message: 'Send the request body as JSON, with the header Content-Type: application/json.',
      });
    });

    it('with no Content-Type at all', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/thing', headers: OWN });
      expect(res.statusCode).toBe(415);
    });
  });
});
