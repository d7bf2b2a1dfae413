import { execFileSync } from 'node:child_process';
import { mkdtemp, open as openFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_MANIFEST_BYTES } from '../../contract/bundle-schema.ts';
import { openBundleSource, type SourceRead } from './bundle-source.ts';

const BASE = 'https://intranet.example/kiosk-bundle/';
const SIG = new Uint8Array(64).fill(7);
const MANIFEST = new TextEncoder().encode('{"manifest": true}');

type Handler = (url: URL, init: RequestInit) => Response | Promise<Response>;

function fakeFetch(handler: Handler) {
  return vi.fn(async (input: string | URL | Request, init?: RequestInit) =>
    handler(new URL(String(input)), init ?? {}),
  ) as unknown as typeof fetch & ReturnType<typeof vi.fn>;
}

/** Serves the manifest and signature, with validators, and answers 304 to a matching ask. */
const server: Handler = (url, init) => {
  const headers = new Headers(init.headers);
  if (url.pathname.endsWith('/manifest.json')) {
    if (headers.get('if-none-match') === '"v1"') return new Response(null, { status: 304 });
    return new Response(MANIFEST, {
      headers: { etag: '"v1"', 'last-modified': 'Sun, 06 Dec 2026 12:00:00 GMT' },
    });
  }
  if (url.pathname.endsWith('/manifest.sig')) return new Response(SIG);
  return new Response('missing', { status: 404, statusText: 'Not Found' });
};

function reasonOf<T>(read: SourceRead<T>): string {
  if (read.ok) throw new Error('expected a failure');
  return `${read.kind}: ${read.reason}`;
}

function headersOf(fetch: ReturnType<typeof vi.fn>, call: number): Headers {
  return new Headers((fetch.mock.calls[call]?.[1] as RequestInit).headers);
}

describe('a web address', () => {
  it('reads manifest.json then manifest.sig under the location, with or without its slash', async () => {
    const fetch = fakeFetch(server);
    const read = await openBundleSource({ location: BASE.slice(0, -1), fetch }).readManifest(false);
    if (!read.ok || read.value === 'unchanged') throw new Error('expected the files');
    expect(Buffer.from(read.value.manifest)).toEqual(Buffer.from(MANIFEST));
    expect(Buffer.from(read.value.signature)).toEqual(Buffer.from(SIG));
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([
      `${BASE}manifest.json`,
      `${BASE}manifest.sig`,
    ]);
    expect(headersOf(fetch, 0).get('if-none-match')).toBeNull();
  });

  it('asks for a changed manifest only, and takes 304 as unchanged', async () => {
    const fetch = fakeFetch(server);
    const source = openBundleSource({ location: BASE, fetch });
    await source.readManifest(true);
    expect(await source.readManifest(true)).toEqual({ ok: true, value: 'unchanged' });
    expect(headersOf(fetch, 2).get('if-none-match')).toBe('"v1"');
    expect(headersOf(fetch, 2).get('if-modified-since')).toBe('Sun, 06 Dec 2026 12:00:00 GMT');
    // Unconditional when asked so: the re-read after a bad signature, a retry after a failure.
    expect((await source.readManifest(false)).ok && fetch.mock.calls.length).toBe(5);
    expect(headersOf(fetch, 3).get('if-none-match')).toBeNull();
  });

  it('does not take a 304 it did not ask for', async () => {
    const fetch = fakeFetch(() => new Response(null, { status: 304 }));
    const read = await openBundleSource({ location: BASE, fetch }).readManifest(true);
    expect(reasonOf(read)).toBe(`unreachable: ${BASE}manifest.json answered HTTP 304.`);
  });

  it('refuses a manifest over the size cap by its Content-Length, unread', async () => {
    const body = new ReadableStream({ pull: () => undefined });
    const fetch = fakeFetch(
      () => new Response(body, { headers: { 'content-length': String(MAX_MANIFEST_BYTES + 1) } }),
    );
    const read = await openBundleSource({ location: BASE, fetch }).readManifest(false);
    expect(reasonOf(read)).toBe(
      `refused: ${BASE}manifest.json is larger than the 16,384 bytes a bundle allows, so it was not read.`,
    );
  });

  it('stops reading a manifest that streams past the cap', async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 4096;
        controller.enqueue(new Uint8Array(4096).fill(65));
      },
    });
    const fetch = fakeFetch(() => new Response(endless));
    const read = await openBundleSource({ location: BASE, fetch }).readManifest(false);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.partial?.length).toBe(MAX_MANIFEST_BYTES);
    expect(sent).toBeLessThan(MAX_MANIFEST_BYTES + 3 * 4096);
  });

  it('returns a content file one byte past its size, for the size check to refuse', async () => {
    const fetch = fakeFetch(() => new Response(new Uint8Array(500)));
    const read = await openBundleSource({ location: BASE, fetch }).readContent('a.json', 100);
    expect(read.ok && read.value.length).toBe(101);
  });

  it('says a missing content file is the bundle’s fault, a missing manifest the source’s', async () => {
    const fetch = fakeFetch(server);
    const source = openBundleSource({ location: BASE, fetch });
    expect(reasonOf(await source.readContent('gone.json', 10))).toBe(
      `refused: ${BASE}gone.json answered HTTP 404 Not Found.`,
    );
    const empty = openBundleSource({
      location: BASE,
      fetch: fakeFetch(() => new Response('', { status: 404 })),
    });
    expect(reasonOf(await empty.readManifest(false))).toBe(
      `unreachable: ${BASE}manifest.json answered HTTP 404.`,
    );
  });

  it('says a server that refuses connections may not be running', async () => {
    const fetch = fakeFetch(() => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }),
      });
    });
    expect(reasonOf(await openBundleSource({ location: BASE, fetch }).readManifest(false))).toBe(
      `unreachable: ${BASE}manifest.json could not be reached (connection refused: is the server running?).`,
    );
  });

  it('calls a connection that closes before the answer a download cut off', async () => {
    const fetch = fakeFetch(() => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
      });
    });
    const read = await openBundleSource({ location: BASE, fetch }).readContent('a.json', 100);
    expect(reasonOf(read)).toBe(
      `refused: The download of ${BASE}a.json was cut off (the connection closed early).`,
    );
  });

  it('keeps what came of a body that breaks off', async () => {
    const fetch = fakeFetch(() => {
      const body = new ReadableStream<Uint8Array>({
        start: (controller) => controller.enqueue(new Uint8Array(40)),
        pull: (controller) =>
          controller.error(new TypeError('terminated', { cause: { code: 'ECONNRESET' } })),
      });
      return new Response(body);
    });
    const read = await openBundleSource({ location: BASE, fetch }).readContent('a.json', 100);
    expect(reasonOf(read)).toBe(
      `refused: The download of ${BASE}a.json was cut off (the connection closed early).`,
    );
    expect(read.ok === false && read.partial?.length).toBe(40);
  });

  it('gives up on a server that does not answer in time', async () => {
    const fetch = fakeFetch(
      (_, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    );
    const read = await openBundleSource({ location: BASE, fetch, timeoutMs: 50 }).readManifest(
      false,
    );
    expect(reasonOf(read)).toBe(
      'unreachable: https://intranet.example did not answer within 0.05 seconds.',
    );
  });

  it('gives up on a body that stalls', async () => {
    const fetch = fakeFetch((_, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array(10));
          init.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
        },
      });
      return new Response(body);
    });
    const read = await openBundleSource({ location: BASE, fetch, timeoutMs: 50 }).readContent(
      'a.json',
      100,
    );
    expect(reasonOf(read)).toBe(
      `unreachable: ${BASE}a.json did not finish sending within 0.05 seconds.`,
    );
  });

  it('refuses a redirect away from https', async () => {
    const fetch = fakeFetch(() => {
      const response = new Response(MANIFEST);
      Object.defineProperty(response, 'url', { value: 'http://elsewhere.example/manifest.json' });
      return response;
    });
    expect(reasonOf(await openBundleSource({ location: BASE, fetch }).readManifest(false))).toBe(
      `refused: ${BASE}manifest.json redirected to http://elsewhere.example/manifest.json, which is not https:// (or http:// to this computer): refused.`,
    );
  });

  it('takes plain http to this computer only', () => {
    const fetch = fakeFetch(server);
    expect(() => openBundleSource({ location: 'http://127.0.0.1:8080/b/', fetch })).not.toThrow();
    expect(() => openBundleSource({ location: 'http://intranet.example/b/', fetch })).toThrow(
      'http://intranet.example/b/ is neither a folder nor an https:// address.',
    );
  });
});

describe('a folder', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bundle-source-'));
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads manifest.json and manifest.sig', async () => {
    await writeFile(join(dir, 'manifest.json'), MANIFEST);
    await writeFile(join(dir, 'manifest.sig'), SIG);
    const read = await openBundleSource({ location: dir, fetch }).readManifest(true);
    expect(read.ok && Buffer.from(read.value === 'unchanged' ? [] : read.value.manifest)).toEqual(
      Buffer.from(MANIFEST),
    );
  });

  it('says a missing manifest may be an unreachable share', async () => {
    const read = await openBundleSource({ location: dir, fetch }).readManifest(false);
    expect(reasonOf(read)).toBe(
      `unreachable: manifest.json was not found in the bundle folder ${dir} (is the folder or share reachable from this kiosk?).`,
    );
  });

  it('refuses a missing signature, keeping the manifest', async () => {
    await writeFile(join(dir, 'manifest.json'), MANIFEST);
    const read = await openBundleSource({ location: dir, fetch }).readManifest(false);
    expect(read.ok === false && read.kind).toBe('refused');
    expect(read.ok === false && read.partial).toEqual(Buffer.from(MANIFEST));
  });

  it('refuses a manifest over the cap, keeping only the cap', async () => {
    await writeFile(join(dir, 'manifest.json'), new Uint8Array(MAX_MANIFEST_BYTES * 3));
    const read = await openBundleSource({ location: dir, fetch }).readManifest(false);
    expect(reasonOf(read)).toBe(
      `refused: manifest.json in ${dir} is larger than the 16,384 bytes a bundle allows, so it was not read.`,
    );
    expect(read.ok === false && read.partial?.length).toBe(MAX_MANIFEST_BYTES);
  });

  it('returns a content file one byte past its size, for the size check to refuse', async () => {
    await writeFile(join(dir, 'a.json'), new Uint8Array(500));
    const read = await openBundleSource({ location: dir, fetch }).readContent('a.json', 100);
    expect(read.ok && read.value.length).toBe(101);
  });

  it.skipIf(process.platform === 'win32')('gives up on a folder whose read hangs', async () => {
    // A FIFO blocks its reader until a writer comes: what a hung share does to a read.
    execFileSync('mkfifo', [join(dir, 'manifest.json')]);
    const read = await openBundleSource({ location: dir, fetch, timeoutMs: 50 }).readManifest(
      false,
    );
    expect(reasonOf(read)).toBe(
      `unreachable: The bundle folder ${dir} did not answer within 0.05 seconds.`,
    );
    // Let the abandoned read finish, so no thread stays blocked after the test.
    const writer = await openFile(join(dir, 'manifest.json'), 'w');
    await writer.close();
  });
});
