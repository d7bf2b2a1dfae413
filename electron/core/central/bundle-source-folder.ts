import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_FILE, MAX_MANIFEST_BYTES, SIGNATURE_FILE } from '../../contract/bundle-schema.ts';
import { describeFsError, errorCode } from '../store/durable-fs.ts';
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
  type SourceRead,
} from './bundle-read.ts';

/** A bundle folder on a disk or a share, read with fs. */
export function openFolderSource({
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
