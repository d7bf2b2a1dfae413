import { MAX_CONTENT_BYTES } from '../../contract/bundle-schema.ts';

/**
 * What reading a bundle source gives, whichever kind it is (bundle-source-folder.ts,
 * bundle-source-url.ts), and the refusals both make the same way.
 */

export const SOURCE_TIMEOUT_MS = 30_000;
/** An Ed25519 signature is 64 bytes; more is refused unread (verifyManifest says why). */
export const MAX_SIGNATURE_BYTES = 1024;

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

export function tooLarge(what: string, cap: number, partial: Uint8Array): ReadFailure {
  return {
    ok: false,
    kind: 'refused',
    reason: `${what} is larger than the ${cap.toLocaleString('en-US')} bytes a bundle allows, so it was not read.`,
    partial,
  };
}

/**
 * 'refuse': a file over the cap is refused here (manifest, signature). 'return': its first
 * cap + 1 bytes are returned, and the check against the manifest's size says why it is refused.
 */
export type Overflow = 'refuse' | 'return';

export const contentCap = (size: number): number => Math.min(size, MAX_CONTENT_BYTES);

export function unreachable(reason: string): ReadFailure {
  return { ok: false, kind: 'unreachable', reason };
}

/** A refused signature file is kept with the manifest read before it. */
export function withPartial(failure: ReadFailure, manifest: Uint8Array): ReadFailure {
  return failure.kind === 'refused' ? { ...failure, partial: manifest } : failure;
}
