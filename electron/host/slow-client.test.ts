import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-support/test-server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

describe('a slow or stalled client', () => {
  it('is cut off, while other requests are answered meanwhile', async () => {
    server = await startTestServer({ idleConnectionMs: 300 });
    const socket = connect(server.port, '127.0.0.1');
    const closed = new Promise<number>((resolve) => {
      const started = Date.now();
      socket.on('close', () => resolve(Date.now() - started));
    });
    socket.on('error', () => undefined);
    // Half a request, then nothing: the headers never end.
    socket.write(`POST /api/getPublishedContent HTTP/1.1\r\nHost: ${server.ownHeaders.host}\r\n`);

    const answer = await fetch(`${server.url}api/getPublishedContent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(answer.status).toBe(200);

    const after = await closed;
    expect(after).toBeGreaterThanOrEqual(250);
    expect(after).toBeLessThan(5_000);
  });
});
