import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KEPT_CONTENT_FILES, MANIFEST_FILE, SIGNATURE_FILE } from '../../contract/bundle-schema.ts';
import { openBundleSource } from '../central/bundle-source.ts';
import type { CentralState } from '../central/central-state.ts';
import { checkBundle } from '../central/check-bundle.ts';
import { generateBundleKeys, publicKeyFromText, type PinnedKey } from './keys.ts';
import { labelOf } from './test-support/big-content.ts';

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
  | { kind: 'applied'; state: CentralState; label: number }
  | { kind: 'current' }
  | { kind: 'refused'; reason: string; reads: number };

/**
 * The folder read by the kiosk's own check (checkBundle over a folder source, which reads the
 * pair once more on a bad signature), by a kiosk that has applied `applied` so far.
 */
async function readAsKiosk(
  dir: string,
  keys: readonly PinnedKey[],
  applied: CentralState | null,
): Promise<Reading> {
  const source = openBundleSource({ location: dir, fetch: globalThis.fetch });
  let reads = 0;
  const counted = {
    ...source,
    readManifest: (conditional: boolean) => {
      reads += 1;
      return source.readManifest(conditional);
    },
  };
  let label: number | null = null;
  const outcome = await checkBundle({
    source: counted,
    keys,
    applied,
    conditional: false,
    localEditing: 'none',
    now: Date.now(),
    appVersion: '0.1.0',
    apply: async (content) => {
      label = labelOf(content);
      return { keptLocal: false };
    },
  });
  if (outcome.kind === 'applied' && label !== null) {
    return { kind: 'applied', state: outcome.state, label };
  }
  if (outcome.kind === 'current') return { kind: 'current' };
  if (outcome.kind === 'refused') return { kind: 'refused', reason: outcome.reason, reads };
  throw new Error(`The kiosk's check ended ${outcome.kind}: ${JSON.stringify(outcome)}`);
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
        let applied: CentralState | null = null;
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
          const read = await readAsKiosk(outDir, pinned, applied);
          if (read.kind === 'refused') {
            // Allowed only where the kill fell between the renames (new signature, old manifest):
            // the kiosk read the pair twice, refused, applied nothing and keeps what it showed.
            const newSigOldManifest =
              temps.includes(`${MANIFEST_FILE}.tmp`) &&
              !temps.includes(`${SIGNATURE_FILE}.tmp`) &&
              /^The signature in manifest.sig does not match/.test(read.reason);
            if (newSigOldManifest && read.reads === 2) betweenRenames += 1;
            else failures.push(`kill ${kill}: refused outside the rename window: ${read.reason}`);
            continue;
          }
          if (read.kind === 'current') {
            // Nothing new since the last kill: the folder still holds the bundle applied then.
            if (applied?.version === life.lastAck) found.previous += 1;
            else failures.push(`kill ${kill}: no new version, done ${life.lastAck}`);
            continue;
          }
          const { version } = read.state;
          if (version === life.lastAck) found.previous += 1;
          else if (version === life.writing) found.next += 1;
          else {
            failures.push(
              `kill ${kill}: the folder holds version ${version}; done ${life.lastAck}, writing ${String(life.writing)}`,
            );
          }
          if (read.label !== version) {
            failures.push(
              `kill ${kill}: version ${version} applied content signed for ${read.label}`,
            );
          }
          applied = read.state;
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
