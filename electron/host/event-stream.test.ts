import { request, type IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTP_EVENTS_ROUTE } from '../contract/wire.ts';
import { SECURITY_HEADERS } from '../contract/security-headers.ts';
import { formatEvent } from './event-stream.ts';
import { createFakeCore } from './test-support/fake-core.ts';
import { startTestServer, type TestServer } from './test-support/test-server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** Opens the stream on a real socket and collects what arrives. */
function openStream(s: TestServer): Promise<{ res: IncomingMessage; text: () => string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(HTTP_EVENTS_ROUTE, s.url), (res) => {
      let received = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (received += chunk));
      resolve({ res, text: () => received });
    });
    req.on('error', reject);
    req.end();
  });
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('formatEvent', () => {
  it('writes one server-sent event: name, JSON data, blank line', () => {
    expect(formatEvent({ name: 'contentChanged', payload: { revision: 3 } })).toBe(
      'event: contentChanged\ndata: {"revision":3}\n\n',
    );
  });
});

describe('the event stream', () => {
  it('is an event stream carrying the security headers', async () => {
    const s = (server = await startTestServer());
    const { res } = await openStream(s);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(res.headers[name.toLowerCase()]).toBe(value);
    }
    res.destroy();
  });

  it('forwards the core’s events as they happen', async () => {
    const s = (server = await startTestServer());
    const stream = await openStream(s);
    await until(() => s.core.listenerCount() === 1, 'the subscription');
    s.core.emit({ name: 'contentChanged', payload: { revision: 1 } });
    s.core.emit({ name: 'contentChanged', payload: { revision: 2 } });
    await until(() => stream.text().includes('"revision":2'), 'the second event');
    expect(stream.text()).toContain(
      'event: contentChanged\ndata: {"revision":1}\n\nevent: contentChanged\ndata: {"revision":2}\n\n',
    );
    stream.res.destroy();
  });

  it('opens with the revision visitors see now, so a change made while the page connected is not lost', async () => {
    const core = createFakeCore(async (name) =>
      name === 'getPublishedContent' ? { revision: 7, content: {} } : {},
    );
    const s = (server = await startTestServer({ core }));
    const stream = await openStream(s);
    await until(() => stream.text().includes('"revision":7'), 'the revision published now');
    expect(stream.text()).toContain('event: contentChanged\ndata: {"revision":7}\n\n');
    expect(core.calls.map((call) => call.name)).toEqual(['getPublishedContent']);
    stream.res.destroy();
  });

  it('opens without a revision when the core cannot read the content, and still forwards events', async () => {
    const core = createFakeCore(async () => {
      throw new Error('content unreadable');
    });
    const s = (server = await startTestServer({ core }));
    const stream = await openStream(s);
    await until(() => s.core.listenerCount() === 1, 'the subscription');
    s.core.emit({ name: 'contentChanged', payload: { revision: 2 } });
    await until(() => stream.text().includes('"revision":2'), 'the event');
    expect(stream.text().match(/event: /g)).toHaveLength(1);
    stream.res.destroy();
  });

  it('sends a keep-alive comment while idle', async () => {
    const s = (server = await startTestServer({ keepAliveMs: 20 }));
    const stream = await openStream(s);
    await until(() => stream.text().split(': keep-alive\n\n').length > 2, 'two keep-alives');
    stream.res.destroy();
  });

  it('unsubscribes from the core when the client goes away', async () => {
    const s = (server = await startTestServer({ keepAliveMs: 20 }));
    const streams = await Promise.all([openStream(s), openStream(s)]);
    await until(() => s.core.listenerCount() === 2, 'two subscriptions');
    streams[0].res.destroy();
    await until(() => s.core.listenerCount() === 1, 'the first to unsubscribe');
    streams[1].res.destroy();
    await until(() => s.core.listenerCount() === 0, 'no listener left');
  });

  it('ends open streams when the server closes, so closing does not hang', async () => {
    const s = (server = await startTestServer());
    const stream = await openStream(s);
    await until(() => s.core.listenerCount() === 1, 'the subscription');
    const ended = new Promise<void>((resolve) => stream.res.on('end', resolve));
    const started = Date.now();
    await s.app.close();
    await ended;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(s.core.listenerCount()).toBe(0);
  });

  it('refuses a stream asked for by another site', async () => {
    const s = (server = await startTestServer());
    const res = await s.app.inject({
      method: 'GET',
      url: HTTP_EVENTS_ROUTE,
      headers: { ...s.ownHeaders, origin: 'https://evil.example' },
    });
    expect(res.statusCode).toBe(403);
    expect(s.core.listenerCount()).toBe(0);
  });
});
