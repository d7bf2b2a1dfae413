import { MANIFEST_FILE, MAX_MANIFEST_BYTES, SIGNATURE_FILE } from '../../contract/bundle-schema.ts';
import { sourceKindOf } from '../../contract/central-schema.ts';
import { errorCode } from '../store/durable-fs.ts';
import {
  contentCap,
  MAX_SIGNATURE_BYTES,
  SOURCE_TIMEOUT_MS,
  tooLarge,
  unreachable,
  withPartial,
  type BundleSource,
  type BundleSourceOptions,
  type Overflow,
  type ReadFailure,
  type SourceRead,
} from './bundle-read.ts';

// get answers 'unchanged' only to a request that asked "changed since?": never to these.
const UNASKED_304 = 'A request without If-None-Match or If-Modified-Since was taken as unchanged.';

interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** A bundle folder on a web server: conditional GETs, timeouts, redirects to https only. */
export function openUrlSource(options: BundleSourceOptions): BundleSource {
  const { location, timeoutMs = SOURCE_TIMEOUT_MS } = options;
  const base = new URL(location.endsWith('/') ? location : `${location}/`);
  let validators: Validators = { etag: null, lastModified: null };

  const get = async (
    name: string,
    cap: number,
    headers: Record<string, string> = {},
    over: Overflow = 'refuse',
  ): Promise<SourceRead<{ bytes: Uint8Array; response: Response } | 'unchanged'>> => {
    const url = new URL(name, base);
    const signal = AbortSignal.timeout(timeoutMs);
    let response: Response;
    try {
      // no-cache: a proxy between the kiosk and the server must ask the server, not answer from
      // a copy of the manifest it kept.
      response = await options.fetch(url, {
        headers: { 'cache-control': 'no-cache', ...headers },
        signal,
        redirect: 'follow',
      });
    } catch (error) {
      if (!signal.aborted && closedEarly(error)) return cutOff(url, error);
      return unreachable(fetchFailure(url, error, signal, timeoutMs));
    }
    if (response.url !== '' && sourceKindOf(response.url) !== 'url') {
      await response.body?.cancel();
      return {
        ok: false,
        kind: 'refused',
        reason: `${url.href} redirected to ${response.url}, which is not https:// (or http:// to this computer): refused.`,
      };
    }
    const asked = Object.keys(headers).some((header) => header.startsWith('if-'));
    if (response.status === 304 && asked) {
      await response.body?.cancel();
      return { ok: true, value: 'unchanged' };
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      // A content file the manifest names but the server lacks is the bundle's fault; a missing
      // manifest or a server error is the source's.
      const kind = response.status === 404 && name !== MANIFEST_FILE ? 'refused' : 'unreachable';
      const status = `${response.status} ${response.statusText}`.trim();
      return { ok: false, kind, reason: `${url.href} answered HTTP ${status}.` };
    }
    const length = Number(response.headers.get('content-length') ?? Number.NaN);
    if (length > cap && over === 'refuse') {
      await response.body?.cancel();
      return tooLarge(url.href, cap, new Uint8Array());
    }
    const body = await readBody(response, cap);
    if (body.error !== undefined) {
      if (signal.aborted) {
        return unreachable(
          `${url.href} did not finish sending within ${timeoutMs / 1000} seconds.`,
        );
      }
      return cutOff(url, body.error, body.bytes);
    }
    if (body.bytes.length > cap && over === 'refuse') {
      return tooLarge(url.href, cap, body.bytes.subarray(0, cap));
    }
    return { ok: true, value: { bytes: body.bytes, response } };
  };

  return {
    location,
    async readManifest(conditional) {
      const headers: Record<string, string> = {};
      if (conditional && validators.etag !== null) headers['if-none-match'] = validators.etag;
      if (conditional && validators.lastModified !== null) {
        headers['if-modified-since'] = validators.lastModified;
      }
      const manifest = await get(MANIFEST_FILE, MAX_MANIFEST_BYTES, headers);
      if (!manifest.ok) return manifest;
      if (manifest.value === 'unchanged') return { ok: true, value: 'unchanged' };
      const signature = await get(SIGNATURE_FILE, MAX_SIGNATURE_BYTES);
      if (!signature.ok) return withPartial(signature, manifest.value.bytes);
      if (signature.value === 'unchanged') throw new Error(UNASKED_304);
      const { response } = manifest.value;
      validators = {
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
      return {
        ok: true,
        value: { manifest: manifest.value.bytes, signature: signature.value.bytes },
      };
    },
    async readContent(file, size) {
      const content = await get(file, contentCap(size), {}, 'return');
      if (!content.ok) return content;
      if (content.value === 'unchanged') throw new Error(UNASKED_304);
      return { ok: true, value: content.value.bytes };
    },
  };
}

/** The body, stopped one byte past `cap`; on an error, what had come and the error. */
async function readBody(
  response: Response,
  cap: number,
): Promise<{ bytes: Uint8Array; error?: unknown }> {
  if (response.body === null) return { bytes: new Uint8Array() };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.length;
      if (total > cap) {
        await reader.cancel();
        return { bytes: Buffer.concat(chunks).subarray(0, cap + 1) };
      }
    }
  } catch (error) {
    return { bytes: Buffer.concat(chunks), error };
  }
  return { bytes: Buffer.concat(chunks) };
}

/**
 * A download that stopped part way: refused, and kept (with what came) in the quarantine, since
 * a truncated file is as much a bad bundle to IT as a changed one.
 */
function cutOff(url: URL, error: unknown, partial?: Uint8Array): ReadFailure {
  return {
    ok: false,
    kind: 'refused',
    reason: `The download of ${url.href} was cut off (${causeOf(error)}).`,
    ...(partial !== undefined && partial.length > 0 ? { partial } : {}),
  };
}

const CLOSED_EARLY = new Set([
  'UND_ERR_SOCKET',
  'ECONNRESET',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);

/** The server hung up mid-answer (fetch may say so before or while the body is read). */
function closedEarly(error: unknown): boolean {
  const cause = (error as { cause?: unknown } | null)?.cause;
  return CLOSED_EARLY.has(errorCode(cause) ?? errorCode(error) ?? '');
}

function fetchFailure(url: URL, error: unknown, signal: AbortSignal, timeoutMs: number): string {
  if (signal.aborted) return `${url.origin} did not answer within ${timeoutMs / 1000} seconds.`;
  return `${url.href} could not be reached (${causeOf(error)}).`;
}

/** fetch's "fetch failed" hides the reason in `cause`: ECONNREFUSED, ENOTFOUND, a TLS error. */
function causeOf(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause;
  const code = errorCode(cause) ?? errorCode(error);
  if (code === 'ECONNREFUSED') return 'connection refused: is the server running?';
  if (code === 'ENOTFOUND') return 'no such host';
  if (code !== undefined && CLOSED_EARLY.has(code)) return 'the connection closed early';
  if (code !== undefined) return code;
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}
