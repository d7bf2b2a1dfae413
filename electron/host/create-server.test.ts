import { afterEach, describe, expect, it } from 'vitest';
import { httpRoute, operationNames } from '../contract/wire.ts';
import { ApiError, type ApiErrorCode } from '../contract/errors.ts';
import { BODY_LIMIT_BYTES, createHostServer } from './create-server.ts';
import { createFakeCore } from './test-support/fake-core.ts';
import { createRecordingLogger } from './test-support/recording-logger.ts';
import { makeContent } from '../core/test-support/make-content.ts';
import { FIRST_SCREEN_STATE_ID } from '../contract/first-screen.ts';
import {
  FIXTURE_ASSET,
  FIXTURE_INDEX_HTML,
  fixtureFirstScreen,
} from './test-support/renderer-fixture.ts';
import { startTestServer, type TestServer } from './test-support/test-server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function start(...args: Parameters<typeof startTestServer>): Promise<TestServer> {
  server = await startTestServer(...args);
  return server;
}

function post(s: TestServer, url: string, payload: string) {
  return s.app.inject({
    method: 'POST',
    url,
    headers: { ...s.ownHeaders, 'content-type': 'application/json' },
    payload,
  });
}

describe('operation routes, derived from the contract', () => {
  it.each(operationNames)(
    'POST %s passes the input to the core and replies {output}',
    async (name) => {
      const s = await start();
      const res = await post(s, httpRoute(name), JSON.stringify({ input: { any: ['thing', 1] } }));
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ output: { echo: name } });
      expect(s.core.calls).toEqual([{ name, input: { any: ['thing', 1] } }]);
    },
  );

  it('passes undefined when the body is {}', async () => {
    const s = await start();
    const name = operationNames[0]!;
    const res = await post(s, httpRoute(name), '{}');
    expect(res.statusCode).toBe(200);
    expect(s.core.calls).toEqual([{ name, input: undefined }]);
  });

  it('has no route for a name outside the contract', async () => {
    const s = await start();
    const res = await post(s, '/api/deleteEverything', '{}');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      code: 'not_found',
      message: 'There is nothing at POST /api/deleteEverything.',
    });
    expect(s.core.calls).toEqual([]);
  });

  it('answers a GET on an operation route with 404', async () => {
    const s = await start();
    const res = await s.app.inject({
      method: 'GET',
      url: httpRoute(operationNames[0]!),
      headers: s.ownHeaders,
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
  });

  it.each([
    ['an array', '[1]'],
    ['a string', '"input"'],
    ['null', 'null'],
    ['an unknown key', '{"input":1,"admin":true}'],
  ])('refuses %s as the body with 400 and says what to send', async (_label, payload) => {
    const s = await start();
    const res = await post(s, httpRoute(operationNames[0]!), payload);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'bad_request',
      message: 'The request body must be a JSON object {"input": …}, or {} for no input.',
      issues: [expect.any(String)],
    });
    expect(s.core.calls).toEqual([]);
  });

  it('refuses broken JSON with 400', async () => {
    const s = await start();
    const res = await post(s, httpRoute(operationNames[0]!), '{"input": ');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('bad_request');
  });

  it('refuses an empty body with 400 and says to send {}', async () => {
    const s = await start();
    const res = await post(s, httpRoute(operationNames[0]!), '');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/or \{\} for no input/);
  });

  it('refuses a body over the limit with 413 and a clear message', async () => {
    const s = await start();
    const big = JSON.stringify({ input: 'x'.repeat(BODY_LIMIT_BYTES) });
    const res = await post(s, httpRoute(operationNames[0]!), big);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({
      code: 'bad_request',
      message: 'The request body is too large: this kiosk accepts at most 1024 KiB.',
    });
    expect(s.core.calls).toEqual([]);
  });

  it.each<[ApiErrorCode, number]>([
    ['bad_request', 400],
    ['forbidden', 403],
    ['not_found', 404],
    ['unavailable', 503],
    ['internal', 500],
  ])('maps the core’s ApiError %s to status %i with its body', async (code, status) => {
    const core = createFakeCore(async () => {
      throw new ApiError(code, 'Told you so.', ['programs.0.phone: wrong']);
    });
    const s = await start({ core });
    const res = await post(s, httpRoute(operationNames[0]!), '{"input":1}');
    expect(res.statusCode).toBe(status);
    expect(res.json()).toEqual({
      code,
      message: 'Told you so.',
      issues: ['programs.0.phone: wrong'],
    });
  });

  it('hides an unexpected failure behind a 500 and logs it', async () => {
    const core = createFakeCore(async () => {
      throw new Error('disk on fire at /secret/path');
    });
    const s = await start({ core });
    const res = await post(s, httpRoute(operationNames[0]!), '{}');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      code: 'internal',
      message: 'Something went wrong inside the kiosk. The details are in its log.',
    });
    expect(res.body).not.toContain('secret');
    expect(s.log.lines).toEqual([
      expect.objectContaining({
        level: 'error',
        meta: { error: expect.stringContaining('disk on fire') },
      }),
    ]);
  });
});

describe('the built renderer', () => {
  it('serves index.html at /', async () => {
    const s = await start();
    const res = await s.app.inject({ method: 'GET', url: '/', headers: s.ownHeaders });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toBe(FIXTURE_INDEX_HTML);
  });

  it.each(['/', '/index.html'])(
    'serves %s with the first screen rendered from the content published now',
    async (url) => {
      const content = makeContent();
      const core = createFakeCore(async () => ({ revision: 4, content }));
      const s = await start({ core, firstScreen: true });
      const res = await s.app.inject({ method: 'GET', url, headers: s.ownHeaders });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-security-policy']).toBeDefined();
      expect(res.body).toContain(
        `<div id="root">${fixtureFirstScreen(content.programs.length)}</div>` +
          `<script type="application/json" id="${FIRST_SCREEN_STATE_ID}">{"revision":4,`,
      );
      expect(s.core.calls).toEqual([{ name: 'getPublishedContent', input: undefined }]);
    },
  );

  it('serves its assets', async () => {
    const s = await start();
    const res = await s.app.inject({ method: 'GET', url: '/assets/app.js', headers: s.ownHeaders });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.body).toBe(FIXTURE_ASSET);
  });

  it.each([
    '/programs/contracts',
    '/assets/missing.js',
    '/.secret',
    '/assets/../../../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/api/unknown',
  ])('answers %s with 404, not index.html', async (url) => {
    const s = await start();
    const res = await s.app.inject({ method: 'GET', url, headers: s.ownHeaders });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
    expect(res.body).not.toContain('not for the web');
  });
});

describe('security headers', () => {
  const expectSecurityHeaders = (headers: Record<string, unknown>) => {
    expect(headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(headers['cache-control']).toBe('no-store');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
  };

  it.each([
    ['the HTML page', 'GET', '/', undefined],
    ['an asset', 'GET', '/assets/app.js', undefined],
    ['an API answer', 'POST', httpRoute(operationNames[0]!), '{}'],
    ['a 404', 'GET', '/nope', undefined],
    ['a 400', 'POST', httpRoute(operationNames[0]!), '[]'],
    ['a 413', 'POST', httpRoute(operationNames[0]!), 'x'.repeat(BODY_LIMIT_BYTES + 1)],
  ] as const)('are on %s', async (_label, method, url, payload) => {
    const s = await start();
    const res = await s.app.inject({
      method,
      url,
      headers: { ...s.ownHeaders, 'content-type': 'application/json' },
      payload,
    });
    expectSecurityHeaders(res.headers);
  });

  it('are on a 500', async () => {
    const s = await start({ core: createFakeCore(() => Promise.reject(new Error('boom'))) });
    const res = await post(s, httpRoute(operationNames[0]!), '{}');
    expect(res.statusCode).toBe(500);
    expectSecurityHeaders(res.headers);
  });

  it('are on a guard’s refusal', async () => {
    const s = await start();
    const res = await s.app.inject({ method: 'GET', url: '/', headers: { host: 'evil.example' } });
    expect(res.statusCode).toBe(403);
    expectSecurityHeaders(res.headers);
  });
});

describe('before it listens', () => {
  it('refuses every request, since it cannot yet check the Host', async () => {
    const app = createHostServer({
      core: createFakeCore(),
      rendererDir: '/nonexistent',
      log: createRecordingLogger(),
    });
    const res = await app.inject({ method: 'GET', url: '/', headers: { host: 'localhost:80' } });
    expect(res.statusCode).toBe(403);
    await app.close();
  });
});
