import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Content } from '../../electron/contract/content-schema.ts';

const here = dirname(fileURLToPath(import.meta.url));

export interface CrashReport {
  kills: number;
  /** Publishes the child was told were done, over all its lives. */
  acknowledged: number;
  /** Kills that landed while a publish was being written. */
  midWrite: number;
  /** Each a sentence; empty when the store was sound after every kill. */
  failures: string[];
}

interface Life {
  lastAck: number;
  writing: number | null;
}

/** The child as one plain script, so each of hundreds of starts costs milliseconds, not tsx's. */
async function buildChild(dir: string): Promise<string> {
  const outfile = join(dir, 'publish-child.mjs');
  await build({
    entryPoints: [join(here, 'publish-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return outfile;
}

function runAndKill(child: string, dataDir: string, defaults: string, killAfterMs: number) {
  return new Promise<Life>((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dataDir, defaults], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const life: Life = { lastAck: -1, writing: null };
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [word, number] = line.split(' ');
        const n = Number(number);
        if (word === 'open') life.lastAck = n;
        else if (word === 'writing') life.writing = n;
        else if (word === 'ack') {
          // The clock starts at this life's first acknowledged publish, however long that
          // took: every kill lands in the publish loop, and every life acknowledges one.
          timer ??= setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
          life.lastAck = n;
          life.writing = null;
        }
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // 'close', not 'exit': only then has every line the child wrote been read.
    proc.on('close', (_code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(life);
      else reject(new Error(`The publishing child stopped on its own: ${stderr}`));
    });
  });
}

async function publishedNumber(dataDir: string): Promise<number | string> {
  try {
    const content = Content.parse(
      JSON.parse(await readFile(join(dataDir, 'content.json'), 'utf8')),
    );
    const id = content.announcements[0]?.id ?? 'publish-0';
    return Number(/^publish-(\d+)$/.exec(id)?.[1] ?? NaN);
  } catch (error) {
    return `content.json does not parse and validate: ${(error as Error).message}`;
  }
}

/**
 * Publishes in a child process and kills it with SIGKILL at random moments, `kills` times.
 * After each kill content.json must parse, validate, and hold the last acknowledged publish
 * or the one being written; nothing acknowledged may be lost.
 */
export async function crashPublishing(
  kills: number,
  { maxDelayMs = 120, random = Math.random } = {},
): Promise<CrashReport> {
  const dir = await mkdtemp(join(tmpdir(), 'asb-kiosk-crash-'));
  try {
    const child = await buildChild(dir);
    const defaults = join(dir, 'default-content.json');
    await writeFile(defaults, await readFile(join(here, '../../data/default-content.json')));
    const dataDir = join(dir, 'data');
    const report: CrashReport = { kills: 0, acknowledged: 0, midWrite: 0, failures: [] };
    let acked = 0;
    for (let i = 0; i < kills; i += 1) {
      const life = await runAndKill(child, dataDir, defaults, random() * maxDelayMs);
      report.kills += 1;
      if (life.writing !== null) report.midWrite += 1;
      report.acknowledged += Math.max(0, life.lastAck - acked);
      acked = Math.max(acked, life.lastAck);
      const found = await publishedNumber(dataDir);
      const allowed = [life.lastAck, life.writing].filter((n) => n !== null);
      if (typeof found === 'string') report.failures.push(`after kill ${i + 1}: ${found}`);
      else if (!allowed.includes(found)) {
        report.failures.push(
          `after kill ${i + 1}: content.json holds publish ${found}; acknowledged ${life.lastAck}, writing ${String(life.writing)}`,
        );
      }
    }
    return report;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
