import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface BuilderRun {
  root: string;
  electronDist: string;
  electronVersion: string;
  outDir: string;
  timeoutMs: number;
}

/** Only the unpacked folder: the installers' targets fetch tools this machine cannot reach. */
export function electronBuilderArgs(run: Omit<BuilderRun, 'root' | 'timeoutMs'>): string[] {
  return [
    '--linux',
    'dir',
    '--publish',
    'never',
    `-c.electronDist=${run.electronDist}`,
    `-c.electronVersion=${run.electronVersion}`,
    // Into the temporary folder, so release/ keeps whatever real build is there.
    `-c.directories.output=${run.outDir}`,
  ];
}

/** Runs the project's electron-builder; resolves with its output, rejects with its tail. */
export function runElectronBuilder(run: BuilderRun): Promise<string> {
  const bin = join(run.root, 'node_modules', '.bin', 'electron-builder');
  return new Promise((resolve, reject) => {
    const child = spawn(bin, electronBuilderArgs(run), {
      cwd: run.root,
      timeout: run.timeoutMs,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(output);
      const tail = output.trimEnd().split('\n').slice(-30).join('\n');
      reject(new Error(`electron-builder ended with ${signal ?? `exit ${code}`}:\n${tail}`));
    });
  });
}
