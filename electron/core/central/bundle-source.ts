import { open } from 'node:fs/promises';
import { join } from 'node:path';
import {
  MANIFEST_FILE,
  MAX_CONTENT_BYTES,
  MAX_MANIFEST_BYTES,
  SIGNATURE_FILE,
} from '../../contract/bundle-schema.ts';
import { sourceKindOf } from '../../contract/central-schema.ts';
import { describeFsError, errorCode } from '../store/durable-fs.ts';

export const SOURCE_TIMEOUT_MS = 30_000;
/** An Ed25519 signature is 64 bytes; more is refused unread (verifyManifest says why). */
const MAX_SIGNATURE_BYTES = 1024;

/**
 * A read that did not give the file: 'unreachable' when the source could not be asked (nothing
 * to keep), 'refused' when it answered with something the kiosk will not take (kept in the
 * quarantine with whatever `partial` bytes came).
 */
export type ReadFailure = {
  ok: false;
  kind: 'unreachable' | 'refused';
  reason: string;
  partial?: Uint8Array;
};
export type SourceRead<T> = { ok: true; value: T } | ReadFailure;

export interface ManifestFiles {
  manifest: Uint8Array;
  signature: Uint8Array;
}

export interface BundleSource {
  readonly location: string;
  /**
   * manifest.json then manifest.sig. `conditional`: a web server is asked only for a manifest
   * other than the one read last, and 'unchanged' means it had none.
   */
  readManifest(conditional: boolean): Promise<SourceRead<ManifestFiles | 'unchanged'>>;
  /** A content file, read to at most `size` + 1 bytes: the caller's check of the size decides. */
  readContent(file: string, size: number): Promise<SourceRead<Uint8Array>>;
}

export interface BundleSourceOptions {
  location: string;
  fetch: typeof fetch;
  timeoutMs?: number;
}

/** The bundle folder a policy names: a folder path read with fs, or a web address fetched. */
export function openBundleSource(options: BundleSourceOptions): BundleSource {
  const kind = sourceKindOf(options.location);
  if (kind === 'url') return openUrlSource(options);
  if (kind === 'folder') return openFolderSource(options);
  throw new Error(`${options.location} is neither a folder nor an https:// address.`);
}

function tooLarge(what: string, cap: number, partial: Uint8Array): ReadFailure {
  return {
    ok: false,
    kind: 'refused',
    reason: `${what} is larger than the ${cap.toLocaleString('en-US')} bytes a bundle allows, so it was not read.`,
    partial,
  };
}

function openFolderSource({
  location,
  timeoutMs = SOURCE_TIMEOUT_MS,
}: BundleSourceOptions): BundleSource {
  const read = async (
    name: string,
    cap: number,
    missing: 'unreachable' | 'refused',
    over: Overflow = 'refuse',
  ): Promise<SourceRead<Uint8Array>> => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const bytes = await abortable(readCapped(join(location, name), cap), signal);
      if (bytes.length > cap && over === 'refuse') {
        return tooLarge(`${name} in ${location}`, cap, bytes.subarray(0, cap));
      }
      return { ok: true, value: bytes };
    } catch (error) {
      if (signal.aborted) {
        return unreachable(
          `The bundle folder ${location} did not answer within ${timeoutMs / 1000} seconds.`,
        );
      }
      if (errorCode(error) === 'ENOENT') {
        const reason = `${name} was not found in the bundle folder ${location} (is the folder or share reachable from this kiosk?).`;
        return { ok: false, kind: missing, reason };
      }
      return unreachable(
        `${name} in the bundle folder ${location} cannot be read: ${describeFsError(error)}.`,
      );
    }
  };
  return {
    location,
    async readManifest() {
      const manifest = await read(MANIFEST_FILE, MAX_MANIFEST_BYTES, 'unreachable');
      if (!manifest.ok) return manifest;
      const signature = await read(SIGNATURE_FILE, MAX_SIGNATURE_BYTES, 'refused');
      if (!signature.ok) return withPartial(signature, manifest.value);
      return { ok: true, value: { manifest: manifest.value, signature: signature.value } };
    },
    readContent: (file, size) => read(file, contentCap(size), 'refused', 'return'),
  };
}

/**
 * 'refuse': a file over the cap is refused here (manifest, signature). 'return': its first
 * cap + 1 bytes are returned, and the check against the manifest's size says why it is refused.
 */
type Overflow = 'refuse' | 'return';

const contentCap = (size: number): number => Math.min(size, MAX_CONTENT_BYTES);

/** At most `cap` + 1 bytes of a plain file: one byte over is enough to refuse it. */
async function readCapped(path: string, cap: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(cap + 1);
    let total = 0;
    while (total < buffer.length) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return buffer.subarray(0, total);
  } finally {
    await handle.close();
  }
}

/** A share that hangs would hold the check for ever: the check moves on, the read is left. */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function unreachable(reason: string): ReadFailure {
  return { ok: false, kind: 'unreachable', reason };
}

/** A refused signature file is kept with the manifest read before it. */
function withPartial(failure: ReadFailure, manifest: Uint8Array): ReadFailure {
  return failure.kind === 'refused' ? { ...failure, partial: manifest } : failure;
}

// get answers 'unchanged' only to a request that asked "changed since?": never to these.
const UNASKED_304 = 'A request without If-None-Match or If-Modified-Since was taken as unchanged.';

interface Validators {
  etag: string | null;
  lastModified: string | null;
}

function openUrlSource(options: BundleSourceOptions): BundleSource {
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
