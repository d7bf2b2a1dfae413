import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export interface RunningShell {
  url: string;
  stop(): Promise<number | null>;
}

/** Starts the real browser shell (`npm run serve`'s entry) on any free port, as a user would. */
export async function startBrowserShell(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<RunningShell> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/host/serve.ts', '--port', '0', '--data-dir', dataDir],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const url = await firstUrl(child, stderr);
  return { url, stop: () => stop(child) };
}

function firstUrl(child: ChildProcess, stderr: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (/^http:\/\/127\.0\.0\.1:\d+\/$/.test(line.trim())) resolve(line.trim());
    });
    child.once('exit', (code) =>
      reject(new Error(`The browser shell exited (${code}) before listening:\n${stderr.join('')}`)),
    );
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}
