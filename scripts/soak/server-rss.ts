import { readdir, readFile } from 'node:fs/promises';

/**
 * The browser shell runs as a child process (tests/e2e/support/browser-shell.ts spawns
 * `node --import tsx electron/host/serve.ts`, no wrapper), and its handle does not give out
 * the pid. Its `--data-dir` is a fresh temporary directory, so the one process whose command
 * line carries it is the server. Linux only (/proc), like the machines the soak runs on.
 */
export async function findProcessWithArg(arg: string): Promise<number> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.split('\0').includes(arg)) found.push(Number(entry));
  }
  if (found.length !== 1) {
    throw new Error(`Expected one process started with ${arg}, found ${String(found.length)}`);
  }
  return found[0]!;
}

/** VmRSS from /proc/<pid>/status, in MB. */
export function parseRssMb(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match) throw new Error('No VmRSS line in the process status');
  return Number(match[1]) / 1024;
}

export async function rssMb(pid: number): Promise<number> {
  return parseRssMb(await readFile(`/proc/${String(pid)}/status`, 'utf8'));
}
