import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  KEPT_CONTENT_FILES,
  Manifest,
  MANIFEST_FILE,
  SIGNATURE_FILE,
} from '../../contract/bundle-schema.ts';
import { describeFsError, errorCode, nodeDurableFs } from '../store/durable-fs.ts';
import { isTempFileName, syncFolder } from '../store/write-durably.ts';
import { BundleError } from './bundle-error.ts';

const CONTENT_FILE = /^[0-9a-f]{64}\.json$/;

/** Where the signer puts the pair before renaming them in (design: sig first, manifest last). */
export const tempNameOf = (name: string): string => `${name}.tmp`;

/** The bundle's current manifest, null when there is none; a manifest that cannot be read is refused. */
export async function readCurrentManifest(dir: string): Promise<Manifest | null> {
  const path = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw new BundleError(
      `${path} could not be read: ${describeFsError(error)}. Nothing was written.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw unreadable(path, 'it is not valid JSON');
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) throw unreadable(path, parsed.error.issues[0]?.message ?? 'not a manifest');
  return parsed.data;
}

function unreadable(path: string, why: string): BundleError {
  // Never overwritten: the next version must be above the one kiosks have applied, which only
  // this file tells.
  return new BundleError(
    `${path} cannot be read (${why.replace(/\.$/, '')}), so the next content version is unknown. Nothing was written. Put back manifest.json and manifest.sig from a backup of the bundle folder, then sign again.`,
  );
}

/** Creates the bundle folder when missing, readable by whoever serves it (not 0700). */
export async function ensureFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new BundleError(
      `Could not create ${dir}: ${describeFsError(error)}. Nothing was written.`,
    );
  }
}

/**
 * Puts a new manifest and its signature in place: both to temp files and to disk, then the
 * signature renamed in, then the manifest, then the folder forced to disk. A reader sees the old
 * pair, the new pair, or for an instant a new signature beside the old manifest, which fails to
 * verify, so it is read again.
 */
export async function writeManifestPair(
  dir: string,
  manifestText: string,
  signature: Uint8Array,
  platform: NodeJS.Platform,
): Promise<void> {
  const sig = join(dir, SIGNATURE_FILE);
  const manifest = join(dir, MANIFEST_FILE);
  try {
    await writeSynced(tempNameOf(sig), signature);
    await writeSynced(tempNameOf(manifest), manifestText);
    await rename(tempNameOf(sig), sig);
    await rename(tempNameOf(manifest), manifest);
    if (platform !== 'win32') await syncFolder(nodeDurableFs, dir);
  } catch (error) {
    throw new BundleError(
      `Could not write the manifest in ${dir}: ${describeFsError(error)}. Kiosks keep the previous version; sign again once this is fixed.`,
    );
  }
}

async function writeSynced(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Keeps the newest KEPT_CONTENT_FILES content files, the current one always among them, and
 * removes temp files a killed signer left. Best effort: a file left over harms nobody.
 */
export async function pruneContentFiles(dir: string, current: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => []);
  for (const name of names.filter(isTempFileName)) {
    await unlink(join(dir, name)).catch(() => undefined);
  }
  const dated = await Promise.all(
    names
      .filter((name) => CONTENT_FILE.test(name) && name !== current)
      .map(async (name) => ({
        name,
        time: await stat(join(dir, name)).then(
          (s) => s.mtimeMs,
          () => 0,
        ),
      })),
  );
  const removed = dated
    .sort((a, b) => b.time - a.time || a.name.localeCompare(b.name))
    .slice(KEPT_CONTENT_FILES - 1)
    .map(({ name }) => name);
  for (const name of removed) await unlink(join(dir, name)).catch(() => undefined);
  return removed;
}
