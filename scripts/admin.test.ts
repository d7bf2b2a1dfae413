import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openKioskCore } from '../electron/core/open-kiosk-core.ts';
import { makeContent } from '../electron/core/test-support/make-content.ts';
import { createRecordingLogger } from '../electron/core/test-support/recording-logger.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function runAdmin(args: string[], stdin: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', ...args], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'admin-script-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('scripts/admin.ts', () => {
  it('sets a piped PIN that a kiosk core opened on the same folder accepts', async () => {
    const dataDir = join(dir, 'data');
    const defaultContentPath = join(dir, 'default.json');
    await writeFile(defaultContentPath, JSON.stringify(makeContent('Default')));
    const core = await openKioskCore({ dataDir, defaultContentPath, log: createRecordingLogger() });
    try {
      await expect(core.invoke('adminSignIn', { pin: '20261124' })).rejects.toMatchObject({
        message: 'Admin is closed until IT sets a PIN.',
      });
      const result = await runAdmin(['set-pin', '--data-dir', dataDir], '20261124\n');
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toContain('The admin PIN is set');
      const session = await core.invoke('adminSignIn', { pin: '20261124' });
      expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    } finally {
      await core.close();
    }
  }, 30_000);

  it('refuses a PIN given as an argument, with exit code 2', async () => {
    const result = await runAdmin(['set-pin', '--data-dir', dir, '--pin', '20261124'], '');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('The PIN is never taken from the command line');
    expect(result.stderr).not.toContain('20261124');
  }, 30_000);
});
