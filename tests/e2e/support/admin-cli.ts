import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Sets the admin PIN as IT does: `npm run admin -- set-pin`, the PIN on standard input. */
export function setPinWithCommand(dataDir: string, pin: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/admin.ts', 'set-pin', '--data-dir', dataDir],
      { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    const out: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => out.push(chunk.toString()));
    child.once('exit', (code) =>
      code === 0
        ? resolve(out.join(''))
        : reject(new Error(`set-pin failed (${code}): ${out.join('')}`)),
    );
    child.stdin.end(`${pin}\n`);
  });
}

/** The hash IT puts in policy.json: `npm run admin -- hash-pin`, the PIN twice on standard input. */
export function hashPinWithCommand(pin: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', 'hash-pin'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve(out.join('').trim()) : reject(new Error(`hash-pin failed (${code})`)),
    );
    child.stdin.end(`${pin}\n${pin}\n`);
  });
}
