import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../contract/bundle-schema.ts';
import type { Now } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { describeFsError, errorCode } from '../store/durable-fs.ts';
import { fileTimestamp } from '../store/move-aside.ts';

export const QUARANTINE_FOLDER = 'central-quarantine';
export const MAX_QUARANTINE_ENTRIES = 10;
export const MAX_QUARANTINE_BYTES = 20_000_000;
export const QUARANTINED_CONTENT_FILE = 'content.json';
export const REASON_FILE = 'reason.txt';

/** What a refused check had read; only what it got that far. */
export interface Evidence {
  manifest?: Uint8Array;
  signature?: Uint8Array;
  content?: Uint8Array;
}

export interface Quarantine {
  /** Never rejects: a full disk must not turn a refusal into a crash. Resolves once written. */
  keep(evidence: Evidence, reason: string): Promise<void>;
}

export interface QuarantineOptions {
  dataDir: string;
  now: Now;
  log: Logger;
  maxEntries?: number;
  maxBytes?: number;
}

/**
 * `<dataDir>/central-quarantine/<time>-<n>/`: what failed verification, kept for IT to look at
 * (manifest.json, manifest.sig, content.json, reason.txt) and nowhere else. The oldest entries
 * go first beyond 10 entries or 20 MB. A bundle refused again for the same reason is not kept
 * twice: retries would otherwise push out every other entry.
 */
export function openQuarantine(options: QuarantineOptions): Quarantine {
  const {
    now,
    log,
    maxEntries = MAX_QUARANTINE_ENTRIES,
    maxBytes = MAX_QUARANTINE_BYTES,
  } = options;
  const folder = join(options.dataDir, QUARANTINE_FOLDER);
  let lastKept: string | undefined;
  let count = 0;

  return {
    async keep(evidence, reason) {
      const key = fingerprint(evidence, reason);
      if (key === lastKept) return;
      try {
        await mkdir(folder, { recursive: true, mode: 0o700 });
        const entry = await newEntry(folder, fileTimestamp(new Date(now())), () => (count += 1));
        await writeFile(join(entry, REASON_FILE), `${reason}\n`);
        if (evidence.manifest) await writeFile(join(entry, MANIFEST_FILE), evidence.manifest);
        if (evidence.signature) await writeFile(join(entry, SIGNATURE_FILE), evidence.signature);
        if (evidence.content) {
          await writeFile(join(entry, QUARANTINED_CONTENT_FILE), evidence.content);
        }
        lastKept = key;
        await prune(folder, maxEntries, maxBytes);
      } catch (error) {
        log.error(
          `A refused central bundle could not be kept in ${folder}: ${describeFsError(error)}. It was refused all the same.`,
        );
      }
    },
  };
}

/** A folder of its own: one a kiosk started earlier in the same second may have made is skipped. */
async function newEntry(folder: string, time: string, next: () => number): Promise<string> {
  for (;;) {
    const entry = join(folder, `${time}-${next()}`);
    try {
      await mkdir(entry, { mode: 0o700 });
      return entry;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
}

function fingerprint(evidence: Evidence, reason: string): string {
  const hash = createHash('sha256');
  for (const part of [evidence.manifest, evidence.signature, evidence.content]) {
    hash.update(part === undefined ? '-' : createHash('sha256').update(part).digest('hex'));
  }
  return hash.update(reason).digest('hex');
}

interface Entry {
  name: string;
  bytes: number;
}

async function prune(folder: string, maxEntries: number, maxBytes: number): Promise<void> {
  const entries = await Promise.all(
    (await readdir(folder)).filter((name) => ENTRY.test(name)).map((name) => sized(folder, name)),
  );
  entries.sort(oldestFirst);
  let total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
  // The newest entry stays whatever its size: it is the one IT is most likely to ask about.
  while (entries.length > 1 && (entries.length > maxEntries || total > maxBytes)) {
    const oldest = entries.shift() as Entry;
    total -= oldest.bytes;
    await rm(join(folder, oldest.name), { recursive: true, force: true });
  }
}

const ENTRY = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)-(\d+)$/;

function oldestFirst(a: Entry, b: Entry): number {
  const [, timeA = '', nA = '0'] = ENTRY.exec(a.name) ?? [];
  const [, timeB = '', nB = '0'] = ENTRY.exec(b.name) ?? [];
  return timeA === timeB ? Number(nA) - Number(nB) : timeA < timeB ? -1 : 1;
}

async function sized(folder: string, name: string): Promise<Entry> {
  const files = await readdir(join(folder, name));
  const sizes = await Promise.all(
    files.map(async (file) => (await stat(join(folder, name, file))).size),
  );
  return { name, bytes: sizes.reduce((sum, size) => sum + size, 0) };
}
