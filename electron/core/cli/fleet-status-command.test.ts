import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io.ts';
import { fleetStatusReport } from './fleet-status-command.ts';
import { runAdminCli } from './run-admin-cli.ts';

const NOW = Date.parse('2026-12-06T12:00:00.000Z');
const MIN = 60_000;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fleet-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function kiosk(kioskName: string, ageMs: number): Promise<void> {
  const path = join(dir, `${kioskName}.json`);
  const status = {
    format: 1,
    kioskName,
    appVersion: '1.4.2',
    shell: 'browser',
    contentRevision: 3,
    central: null,
    lastError: null,
    uptimeSeconds: 120,
    writtenAt: new Date(NOW - ageMs).toISOString(),
  };
  await writeFile(path, JSON.stringify(status));
  await utimes(path, new Date(NOW - ageMs), new Date(NOW - ageMs));
}

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const cli: CliIo = {
    stdin: new PassThrough(),
    stdout,
    stderr,
    env: {},
    platform: 'linux',
    homedir: dir,
    now: () => NOW,
  };
  return { cli, out: () => out, err: () => err };
}

describe('npm run admin -- fleet-status', () => {
  it('prints the table and exits 0 when every kiosk is OK', async () => {
    await kiosk('Lobby 1', 10_000);
    await kiosk('Lobby 2', 2 * MIN);
    const run = io();
    expect(await runAdminCli(['fleet-status', dir], run.cli)).toBe(0);
    expect(run.out()).toMatch(
      /^Kiosk +State +Age +App +Content +Behind central\nLobby 1 +OK +10 s +1\.4\.2 +rev 3 +-\nLobby 2 +OK +2 min /,
    );
    expect(run.out()).toContain('2 kiosks: 2 OK, 0 late, 0 down, 0 unreadable.');
    expect(run.err()).toBe('');
  });

  it('exits 1 once one has stopped: late after 3 minutes, down after 15', async () => {
    await kiosk('Lobby 1', 10_000);
    await kiosk('Lobby 2', 3 * MIN);
    expect((await fleetStatusReport(dir, () => NOW)).exitCode).toBe(1);
    expect((await fleetStatusReport(dir, () => NOW)).text).toMatch(/Lobby 2 +late +3 min/);
    expect((await fleetStatusReport(dir, () => NOW + 12 * MIN)).text).toMatch(
      /Lobby 2 +down +15 min/,
    );
  });

  it('exits 1 for a file it cannot read as a status', async () => {
    await kiosk('Lobby 1', 0);
    await writeFile(join(dir, 'Lobby 9.json'), 'not json');
    const run = io();
    expect(await runAdminCli(['fleet-status', dir], run.cli)).toBe(1);
    expect(run.out()).toMatch(/Lobby 9 +unreadable +- +- +- +not valid JSON/);
  });

  it('exits 2 when the folder cannot be read, on standard error', async () => {
    const run = io();
    expect(await runAdminCli(['fleet-status', join(dir, 'missing')], run.cli)).toBe(2);
    expect(run.err()).toBe(
      `Could not read the folder ${join(dir, 'missing')}: the folder does not exist (ENOENT).\n`,
    );
    expect(await runAdminCli(['fleet-status'], io().cli)).toBe(2);
  });
});
