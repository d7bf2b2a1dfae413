import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KEPT_CONTENT_FILES, MANIFEST_FILE, SIGNATURE_FILE } from '../../contract/bundle-schema.ts';
import type { Content } from '../../contract/content-schema.ts';
import { readImport } from '../editing/read-import.ts';
import { generateBundleKeys, publicKeyFromText, type PinnedKey } from './keys.ts';
import { labelOf } from './test-support/big-content.ts';
import { verifyContentBytes, verifyManifest } from './verify-bundle.ts';

const KILLS = 30;
const MAX_DELAY_MS = 60;
const PASSPHRASE = 'correct horse battery staple';
const CHILD = fileURLToPath(new URL('./test-support/sign-loop-child.ts', import.meta.url));
// Counted in kills, not raced against a clock: each life costs a tsx start.
const NO_TIME_LIMIT = 0;

interface Life {
  lastAck: number;
  writing: number | null;
}

function runAndKill(outDir: string, keyPath: string, killAfterMs: number): Promise<Life> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, outDir, keyPath], {
      env: { ...process.env, BUNDLE_PASSPHRASE: PASSPHRASE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const life: Life = { lastAck: -1, writing: null };
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [word, number] = line.split(' ');
        if (word === 'open') life.lastAck = Number(number);
        else if (word === 'writing') life.writing = Number(number);
        else if (word === 'ack') {
          // The clock starts at this life's first finished signing, so each kill lands in the
          // signing loop with a complete bundle on disk before it.
          timer ??= setTimeout(() => child.kill('SIGKILL'), killAfterMs);
          life.lastAck = Number(number);
          life.writing = null;
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(life);
      else reject(new Error(`The signing child stopped on its own: ${stderr}`));
    });
  });
}

type Reading =
  | { kind: 'bundle'; version: number; label: number; contentVersion: number }
  | { kind: 'refused'; reason: string };

/** The folder read as a kiosk reads it: manifest and signature, then the content they name. */
async function readAsKiosk(dir: string, keys: readonly PinnedKey[]): Promise<Reading> {
  const signed = verifyManifest(
    await readFile(join(dir, MANIFEST_FILE)),
    await readFile(join(dir, SIGNATURE_FILE)),
    keys,
  );
  if (!signed.ok) return { kind: 'refused', reason: signed.reason };
  const { manifest } = signed.value;
  const bytes = await readFile(join(dir, manifest.content.file)).catch(() => new Uint8Array());
  const content = verifyContentBytes(manifest, bytes);
  if (!content.ok) return { kind: 'refused', reason: content.reason };
  const checked = readImport(Buffer.from(bytes).toString('utf8'));
  if (!checked.ok) return { kind: 'refused', reason: checked.reasons.join(' ') };
  return {
    kind: 'bundle',
    version: manifest.contentVersion,
    label: labelOf(checked.content as Content),
    contentVersion: manifest.contentVersion,
  };
}

describe('a signer killed with SIGKILL while writing a bundle', () => {
  it(
    `never leaves a kiosk half a bundle, over ${KILLS} kills`,
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'bundle-kill-'));
      try {
        const keys = await generateBundleKeys(PASSPHRASE);
        const keyPath = join(dir, `${keys.keyId}.key.pem`);
        await writeFile(keyPath, keys.privatePem);
        const pinned = [publicKeyFromText(keys.publicText)];
        const outDir = join(dir, 'bundle');
        const failures: string[] = [];
        let midWrite = 0;
        let tempFilesLeft = 0;
        let betweenRenames = 0;
        const found = { previous: 0, next: 0 };
        for (let kill = 1; kill <= KILLS; kill += 1) {
          const life = await runAndKill(outDir, keyPath, Math.random() * MAX_DELAY_MS);
          if (life.writing !== null) midWrite += 1;
          const names = await readdir(outDir);
          const temps = names.filter((name) => name.endsWith('.tmp'));
          if (temps.length > 0) tempFilesLeft += 1;
          const contentFiles = names.filter((name) => /^[0-9a-f]{64}\.json$/.test(name));
          if (contentFiles.length > KEPT_CONTENT_FILES + 1) {
            failures.push(`kill ${kill}: ${contentFiles.length} content files were kept`);
          }
          const first = await readAsKiosk(outDir, pinned);
          if (first.kind === 'refused') {
            // The kiosk reads both files again once before it calls the bundle refused.
            const again = await readAsKiosk(outDir, pinned);
            const newSigOldManifest =
              temps.includes(`${MANIFEST_FILE}.tmp`) &&
              !temps.includes(`${SIGNATURE_FILE}.tmp`) &&
              /^The signature in manifest.sig does not match/.test(first.reason);
            if (again.kind === 'refused' && again.reason === first.reason && newSigOldManifest) {
              betweenRenames += 1;
            } else {
              failures.push(`kill ${kill}: refused outside the rename window: ${first.reason}`);
            }
            continue;
          }
          if (first.version === life.lastAck) found.previous += 1;
          else if (first.version === life.writing) found.next += 1;
          else {
            failures.push(
              `kill ${kill}: the folder holds version ${first.version}; done ${life.lastAck}, writing ${String(life.writing)}`,
            );
          }
          if (first.label !== first.contentVersion) {
            failures.push(
              `kill ${kill}: manifest version ${first.contentVersion} names content signed for ${first.label}`,
            );
          }
        }
        console.info(
          `bundle kill test: ${KILLS} kills, ${midWrite} mid-signing, ${tempFilesLeft} with temp files left; the folder held the previous complete bundle ${found.previous} times, the new one ${found.next} times; ${betweenRenames} between the two renames (refused, re-read gave the same)`,
        );
        expect(failures).toEqual([]);
        // Proof the kills landed mid-write, not only between signings.
        expect(tempFilesLeft).toBeGreaterThan(0);
        expect(midWrite).toBeGreaterThan(KILLS / 3);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    NO_TIME_LIMIT,
  );
});
