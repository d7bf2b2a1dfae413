import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../electron/contract/errors.ts';
import { contentFixture } from '../test-support/content-fixture.ts';
import { createHttpBridge, type HttpBridgeDeps } from './http-bridge.ts';

interface Call {
  url: string;
  init: RequestInit | undefined;
}

function fakeFetch(status: number, body: unknown, calls: Call[] = []): typeof fetch {
  return async (url, init) => {
    calls.push({ url: String(url), init });
    return new Response(JSON.stringify(body), { status });
  };
}

/** Enough of an EventSource to deliver named events the way the browser does. */
class FakeEventSource extends EventTarget {
  constructor(readonly url: string) {
    super();
  }
  emit(event: string, data: unknown): void {
    this.dispatchEvent(new MessageEvent(event, { data: JSON.stringify(data) }));
  }
}

function deps(fetcher: typeof fetch, sources: FakeEventSource[] = []): HttpBridgeDeps {
  return {
    fetch: fetcher,
    createEventSource: (url) => {
      const source = new FakeEventSource(url);
      sources.push(source);
      return source as unknown as EventSource;
    },
  };
}

describe('createHttpBridge', () => {
  it('posts each operation to its route and returns the output', async () => {
    const calls: Call[] = [];
    const output = { revision: 3, content: contentFixture() };
    const api = createHttpBridge(deps(fakeFetch(200, { output }, calls)));

    await expect(api.getPublishedContent(undefined)).resolves.toEqual(output);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/api/getPublishedContent');
    expect(calls[0]?.init?.method).toBe('POST');
    expect(calls[0]?.init?.body).toBe('{}');
  });

  it('turns an error body into the same ApiError the core threw', async () => {
    const body = { code: 'unavailable', message: 'The content store is not ready', issues: ['x'] };
    const api = createHttpBridge(deps(fakeFetch(503, body)));

    const error = await api.getPublishedContent(undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'unavailable', message: body.message, issues: ['x'] });
  });

  it('names the status when a failure has no readable body', async () => {
    const fetch: typeof globalThis.fetch = async () => new Response('<html>', { status: 404 });
    const api = createHttpBridge(deps(fetch));

    await expect(api.getPublishedContent(undefined)).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('404'),
    });
  });

  it('refuses a success that carries no output', async () => {
    const api = createHttpBridge(deps(fakeFetch(200, { nothing: true })));
    await expect(api.getPublishedContent(undefined)).rejects.toBeInstanceOf(ApiError);
  });

  it('delivers events from one shared event stream until unsubscribed', () => {
    const sources: FakeEventSource[] = [];
    const api = createHttpBridge(deps(fakeFetch(200, {}), sources));
    const seen: number[] = [];

    const stop = api.on('contentChanged', ({ revision }) => seen.push(revision));
    api.on('contentChanged', () => undefined);
    expect(sources.map((s) => s.url)).toEqual(['/api/events']);

    sources[0]?.emit('contentChanged', { revision: 7 });
    stop();
    sources[0]?.emit('contentChanged', { revision: 8 });
    expect(seen).toEqual([7]);
  });

  it('opens no event stream until someone listens', () => {
    const sources: FakeEventSource[] = [];
    createHttpBridge(deps(fakeFetch(200, {}), sources));
    expect(sources).toHaveLength(0);
  });
});
