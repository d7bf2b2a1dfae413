import { spawn, type ChildProcess } from 'node:child_process';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HTTP_EVENTS_ROUTE, httpRoute } from '../contract/wire.ts';
import { POLICY_FILE_ENV } from '../core/index.ts';
import { RENDERER_NOT_BUILT } from './start-host.ts';
import { FIXTURE_INDEX_HTML, makeRendererDir } from './test-support/renderer-fixture.ts';
import { CURRENT_SCHEMA_VERSION } from '../contract/content-schema.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** Runs serve.ts as `npm run serve` does (tsx), from the repository root. */
function serve(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/serve.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exit };
}

async function firstLine(run: Run): Promise<string> {
  const deadline = Date.now() + 15_000;
  while (!run.stdout().includes('\n')) {
    if (run.child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`serve printed no URL:\n${run.stderr()}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return run.stdout().split('\n')[0]!;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timed out'> {
  return Promise.race([promise, new Promise<'timed out'>((r) => setTimeout(r, ms, 'timed out'))]);
}

describe('npm run serve', () => {
  let dataDir: string;
  let renderer: Awaited<ReturnType<typeof makeRendererDir>>;
  let run: Run | undefined;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'asb-kiosk-serve-'));
    renderer = await makeRendererDir();
  });
  afterEach(async () => {
    if (run && run.child.exitCode === null) run.child.kill('SIGKILL');
    run = undefined;
    await rm(dataDir, { recursive: true, force: true });
    await renderer.remove();
  });

  it('prints its URL alone on stdout, serves the kiosk, and exits 0 on SIGTERM', async () => {
    run = serve(['--port', '0', '--data-dir', dataDir, '--renderer-dir', renderer.dir]);
    const url = await firstLine(run);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(FIXTURE_INDEX_HTML);

    const api = await fetch(new URL(httpRoute('getPublishedContent'), url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(api.status).toBe(200);
    const body = (await api.json()) as { output: { content: { schemaVersion: number } } };
    expect(body.output.content.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);

    // An open event stream must not keep the server from closing.
    await new Promise<void>((resolve) =>
      request(new URL(HTTP_EVENTS_ROUTE, url), () => resolve()).end(),
    );

    run.child.kill('SIGTERM');
    expect(await withTimeout(run.exit, 5000)).toBe(0);
    expect(run.stdout()).toBe(`${url}\n`);
  }, 30_000);

  it('reads IT’s policy (KIOSK_POLICY_FILE, never packaged) and serves from its dataDir', async () => {
    const policyFile = join(dataDir, 'policy.json');
    const machineData = join(dataDir, 'machine');
    await writeFile(policyFile, JSON.stringify({ dataDir: machineData, languages: ['es'] }));
    run = serve(['--port', '0', '--renderer-dir', renderer.dir], {
      [POLICY_FILE_ENV]: policyFile,
    });
    const url = await firstLine(run);
    const api = await fetch(new URL(httpRoute('readKioskPolicy'), url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(((await api.json()) as { output: { languages: string[] } }).output.languages).toEqual([
      'es',
    ]);
    await expect(access(join(machineData, 'content.json'))).resolves.toBeUndefined();
    expect(run.stderr()).toContain(`its data folder is ${machineData}`);
    run.child.kill('SIGTERM');
    expect(await withTimeout(run.exit, 5000)).toBe(0);
  }, 30_000);

  it('writes heartbeat.json in the data folder as the browser shell', async () => {
    run = serve(['--port', '0', '--data-dir', dataDir, '--renderer-dir', renderer.dir]);
    await firstLine(run);
    const version = (
      JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string }
    ).version;
    await vi.waitFor(
      async () =>
        expect(JSON.parse(await readFile(join(dataDir, 'heartbeat.json'), 'utf8'))).toMatchObject({
          version,
          shell: 'browser',
          pid: run?.child.pid,
          contentRevision: expect.any(Number),
          lastError: null,
          problems: [],
        }),
      { timeout: 10_000, interval: 100 },
    );
    run.child.kill('SIGTERM');
    expect(await withTimeout(run.exit, 5000)).toBe(0);
  }, 30_000);

  it('refuses a second serve on the same data folder, naming the running one, exit 1', async () => {
    const args = ['--port', '0', '--data-dir', dataDir, '--renderer-dir', renderer.dir];
    run = serve(args);
    await firstLine(run);
    const second = serve(args);
    expect(await withTimeout(second.exit, 15_000)).toBe(1);
    expect(second.stdout()).toBe('');
    expect(second.stderr()).toContain(
      `Another kiosk app is already using the data folder ${dataDir}: process ${run.child.pid} (`,
    );
    run.child.kill('SIGTERM');
    expect(await withTimeout(run.exit, 5000)).toBe(0);
  }, 30_000);

  it('starts at once on a folder whose kiosk was killed', async () => {
    const args = ['--port', '0', '--data-dir', dataDir, '--renderer-dir', renderer.dir];
    run = serve(args);
    await firstLine(run);
    run.child.kill('SIGKILL');
    await run.exit;
    run = serve(args);
    expect(await firstLine(run)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  }, 30_000);

  it('refuses an unknown flag with one line and the usage, exit 2', async () => {
    run = serve(['--data-dir', dataDir, '--prot', '80']);
    expect(await run.exit).toBe(2);
    const [first, second] = run.stderr().split('\n');
    expect(first).toBe("Unknown option '--prot'");
    expect(second).toMatch(/^Usage: npm run serve --/);
    expect(run.stdout()).toBe('');
  }, 20_000);

  it('says to build the renderer when it is missing, exit 1', async () => {
    run = serve(['--data-dir', dataDir, '--renderer-dir', join(renderer.dir, 'nothing')]);
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toBe(`${RENDERER_NOT_BUILT}\n`);
    expect(run.stdout()).toBe('');
  }, 20_000);

  it('prints the usage on --help, exit 0', async () => {
    run = serve(['--help']);
    expect(await run.exit).toBe(0);
    expect(run.stdout()).toMatch(/^Usage: npm run serve --/);
  }, 20_000);
});
