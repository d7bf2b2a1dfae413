import { readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP_EVENTS_ROUTE, httpRoute, operationNames } from '../contract/wire.ts';
import { propertyRuns } from '../core/test-support/property-runs.ts';
import { BODY_LIMIT_BYTES } from './create-server.ts';
import { startRealHost, type RealHost } from './test-support/real-host.ts';
import type { RecordingLogger } from './test-support/recording-logger.ts';

/** Far below the shell's own 30-second cut-off: an answer later than this is a hang. */
const ANSWER_WITHIN_MS = 5_000;
/** Far beyond what all the runs take (about a second): a slow machine must not fail them. */
const PROPERTY_TIMEOUT_MS = 10 * 60_000;

interface RawAnswer {
  /** The status line's code, or null when the server closed without answering. */
  status: number | null;
  headers: string;
  body: string;
}

let real: RealHost;
let dataDir: string;
let log: RecordingLogger;
let port: number;

beforeAll(async () => {
  real = await startRealHost();
  ({ dataDir, log } = real);
  port = Number(new URL(real.host.url).port);
});
afterAll(() => real.stop());

/**
 * Sends bytes on a fresh socket (and half-closes it, for bytes that may never make a whole
 * request), then reads the answer: the headers and as much body as Content-Length says (an
 * event stream's headers are enough), or whatever came before the server closed. Rejects if
 * neither happens in time.
 */
function sendRaw(bytes: Buffer, { halfClose = false } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`No answer and no close within ${ANSWER_WITHIN_MS} ms`));
    }, ANSWER_WITHIN_MS);
    const finish = (): void => {
      clearTimeout(timer);
      socket.destroy();
      const text = received.toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const head = split < 0 ? text : text.slice(0, split);
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head);
      resolve({
        status: status ? Number(status[1]) : null,
        headers: head.toLowerCase(),
        body: split < 0 ? '' : received.subarray(split + 4).toString('utf8'),
      });
    };
    const complete = (): boolean => {
      const split = received.indexOf('\r\n\r\n');
      if (split < 0) return false;
      const head = received.subarray(0, split).toString('latin1').toLowerCase();
      if (head.includes('content-type: text/event-stream')) return true;
      const length = /content-length: (\d+)/.exec(head);
      return length !== null && received.length - split - 4 >= Number(length[1]);
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (complete()) finish();
    });
    socket.on('close', finish);
    socket.on('error', () => undefined);
    if (halfClose) socket.end(bytes);
    else socket.write(bytes);
  });
}

const ownHost = () => `127.0.0.1:${port}`;
const OVERSIZED = `{"input":"${'x'.repeat(BODY_LIMIT_BYTES)}"}`;

const paths = fc.oneof(
  fc.constantFrom(...operationNames.map(httpRoute)),
  fc.constantFrom(HTTP_EVENTS_ROUTE, '/', '/index.html', '/api/', '/api', '/../package.json'),
  fc.constantFrom('/%2e%2e/%2e%2e/etc/passwd', '/api/%00', '/.env', '//x', '/index.html?x=%ff'),
  fc.webPath().map((path) => `/${path.replace(/^\/+/, '')}`),
);

const bodies = fc.oneof(
  fc.constant(''),
  fc.jsonValue().map((input) => JSON.stringify({ input })),
  fc.json(),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('{', '{"input":', 'null', '[]', '{"input":1,"extra":2}', '\u0000\u0000'),
  fc.constant(OVERSIZED),
);

/** Well-formed HTTP/1.1 with anything in it: methods, paths, hosts, origins, types, bodies. */
const requests = fc
  .record({
    method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE'),
    path: paths,
    host: fc.constantFrom('own', 'localhost', 'evil.example', '0.0.0.0', 'none'),
    origin: fc.constantFrom(undefined, 'own', 'http://evil.example', 'null', 'file://'),
    fetchSite: fc.constantFrom(undefined, 'same-origin', 'cross-site', 'none', 'same-site'),
    contentType: fc.constantFrom(
      undefined,
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=latin1',
    ),
    body: bodies,
  })
  .map((r) => {
    const host = { own: ownHost(), localhost: `localhost:${port}`, none: undefined }[
      r.host as 'own'
    ];
    const lines = [`${r.method} ${r.path} HTTP/1.1`];
    const hostHeader = r.host in { own: 1, localhost: 1, none: 1 } ? host : `${r.host}:${port}`;
    if (hostHeader) lines.push(`Host: ${hostHeader}`);
    if (r.origin) lines.push(`Origin: ${r.origin === 'own' ? `http://${ownHost()}` : r.origin}`);
    if (r.fetchSite) lines.push(`Sec-Fetch-Site: ${r.fetchSite}`);
    if (r.contentType) lines.push(`Content-Type: ${r.contentType}`);
    lines.push(`Content-Length: ${Buffer.byteLength(r.body)}`, 'Connection: close');
    return { ...r, wire: Buffer.from(`${lines.join('\r\n')}\r\n\r\n${r.body}`) };
  });

/** Bytes that are not HTTP, or HTTP cut short or bent out of shape. */
const malformed = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes)),
  fc.string({ maxLength: 500 }).map((text) => Buffer.from(text)),
  fc
    .tuple(
      fc.constantFrom(
        `POST /api/getPublishedContent HTTP/1.1\r\nHost: HOST\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n{"input"`,
        `GET / HTTP/1.1\r\nHost: HOST\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`,
        `GET / HTTP/9.9\r\nHost: HOST\r\n\r\n`,
        `GET /\r\n\r\n`,
        `GET / HTTP/1.1\r\nHost: HOST\r\nHost: HOST\r\n\r\n`,
        `GET / HTTP/1.1\r\nHost: HOST\r\nX: ${'a'.repeat(20_000)}\r\n\r\n`,
        `POST /api/getPublishedContent HTTP/1.1\r\nHost: HOST\r\nContent-Length: -1\r\n\r\n`,
        `POST /api/getPublishedContent HTTP/1.1\r\nHost: HOST\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
      ),
      fc.nat(),
    )
    .map(([text, cut]) => {
      const wire = text.replaceAll('HOST', ownHost());
      return Buffer.from(wire.slice(0, 1 + (cut % wire.length)));
    }),
);

async function publishedFiles(): Promise<string[]> {
  return Promise.all(
    ['content.json', 'content.last-good.json'].map((name) =>
      readFile(join(dataDir, name), 'utf8').catch(() => '(none)'),
    ),
  );
}

async function stillServes(): Promise<void> {
  const answer = await sendRaw(
    Buffer.from(
      `POST ${httpRoute('getPublishedContent')} HTTP/1.1\r\nHost: ${ownHost()}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
    ),
  );
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body)).toHaveProperty('output.content');
}

describe('the browser shell under random requests (fast-check)', () => {
  it(
    'answers every well-formed request in time, refuses in words, and never fails inside',
    async () => {
      const before = await publishedFiles();
      await fc.assert(
        fc.asyncProperty(requests, async (request) => {
          const answer = await sendRaw(request.wire);
          expect(answer.status).not.toBeNull();
          expect(answer.status).toBeLessThan(500);
          // HTTP/1.1 demands a Host: Node refuses a request without one before the shell sees it.
          if (request.host === 'none') {
            expect([400, 403]).toContain(answer.status);
            return;
          }
          const foreign =
            !['own', 'localhost'].includes(request.host) ||
            ![undefined, 'own'].includes(request.origin) ||
            ['cross-site', 'same-site'].includes(request.fetchSite ?? '');
          if (foreign) expect(answer.status).toBe(403);
          if (answer.status! >= 400 && request.method !== 'HEAD') {
            const { message } = JSON.parse(answer.body) as { message: unknown };
            expect(typeof message === 'string' && message.length > 10).toBe(true);
          }
        }),
        { numRuns: propertyRuns(250) },
      );
      await stillServes();
      expect(await publishedFiles()).toEqual(before);
      expect(log.lines.filter((line) => line.level === 'error')).toEqual([]);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'closes or answers malformed and cut-short requests in time, and keeps serving',
    async () => {
      await fc.assert(
        fc.asyncProperty(malformed, async (bytes) => {
          const answer = await sendRaw(bytes, { halfClose: true });
          if (answer.status !== null) expect(answer.status).toBeLessThan(500);
        }),
        { numRuns: propertyRuns(250) },
      );
      await stillServes();
      expect(log.lines.filter((line) => line.level === 'error')).toEqual([]);
    },
    PROPERTY_TIMEOUT_MS,
  );
});
