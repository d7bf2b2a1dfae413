import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../contract/content-schema.ts';
import { createAdminServices } from '../admin/admin-services.ts';
import { AUDIT_FILE } from '../admin/audit-log.ts';
import { verifyPin } from '../admin/pin-hash.ts';
import { securityFilePath } from '../admin/security-file.ts';
import { APP_NAME } from '../data-dir.ts';
import { makeContent } from '../test-support/make-content.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import type { CliIo } from './cli-io.ts';
import { runAdminCli } from './run-admin-cli.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'admin-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function collect(stream: PassThrough): () => string {
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return () => text;
}

function io(input: string) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdin.end(input);
  const cli: CliIo = {
    stdin,
    stdout,
    stderr,
    env: {},
    platform: 'linux',
    homedir: join(dir, 'home'),
    now: () => Date.UTC(2026, 10, 24, 8, 0),
  };
  return { cli, out: collect(stdout), err: collect(stderr) };
}

const storedHash = async (dataDir: string) =>
  (JSON.parse(await readFile(securityFilePath(dataDir), 'utf8')) as { pinHash: string }).pinHash;

describe('npm run admin -- set-pin', () => {
  it('stores the hash of a piped PIN, clears the lockout and records pin-set', async () => {
    const dataDir = join(dir, 'data');
    const log = createRecordingLogger();
    let clock = Date.UTC(2026, 10, 24, 8, 0);
    const admin = createAdminServices({ dataDir, log, now: () => clock });
    const first = io('112233\n');
    expect(await runAdminCli(['set-pin', '--data-dir', dataDir], first.cli)).toBe(0);
    expect(first.out()).toBe(
      `The admin PIN is set for the kiosk data in ${dataDir}. Any lockout was cleared; a running kiosk uses the new PIN at once.\n`,
    );
    for (let i = 0; i < 5; i++) await admin.sessions.signIn('000000').catch(() => undefined);
    expect((await admin.sessions.status()).lockedUntil).not.toBeNull();

    expect(await runAdminCli(['set-pin', '--data-dir', dataDir], io('445566').cli)).toBe(0);
    expect(await admin.sessions.status()).toEqual({
      pinSet: true,
      lockedUntil: null,
      attemptsLeft: 5,
      problems: [],
    });
    expect(await verifyPin('445566', await storedHash(dataDir))).toBe(true);
    clock += 1;
    await expect(admin.sessions.signIn('445566')).resolves.toMatchObject({
      token: expect.any(String),
    });
    const audit = await readFile(join(dataDir, AUDIT_FILE), 'utf8');
    expect(audit).toContain('"action":"pin-set"');
    expect(audit).not.toContain('445566');
    expect(audit).not.toContain('112233');
  });

  it('uses the default data folder when none is named', async () => {
    const { cli } = io('135790\n');
    expect(await runAdminCli(['set-pin'], cli)).toBe(0);
    const dataDir = join(dir, 'home', '.config', APP_NAME);
    expect(await verifyPin('135790', await storedHash(dataDir))).toBe(true);
  });

  it('refuses a PIN that is not 6 to 12 digits, changing nothing, with exit code 1', async () => {
    const dataDir = join(dir, 'data');
    const { cli, err, out } = io('12345\n');
    expect(await runAdminCli(['set-pin', '--data-dir', dataDir], cli)).toBe(1);
    expect(err()).toBe('The PIN must be 6 to 12 digits. Nothing was changed.\n');
    expect(out()).toBe('');
    await expect(readFile(securityFilePath(dataDir), 'utf8')).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });

  it('refuses --pin with exit code 2 before reading anything', async () => {
    const { cli, err } = io('');
    expect(await runAdminCli(['set-pin', '--pin', '123456'], cli)).toBe(2);
    expect(err()).toContain('The PIN is never taken from the command line');
    expect(err()).not.toContain('123456');
  });

  it('says in plain words when the data folder cannot be written, with exit code 1', async () => {
    const { cli, err } = io('123456\n');
    const blocked = join(securityFilePath(dir), 'inside-a-file');
    await runAdminCli(['set-pin', '--data-dir', dir], io('123456\n').cli);
    expect(await runAdminCli(['set-pin', '--data-dir', blocked], cli)).toBe(1);
    expect(err()).toMatch(/^Failed: /);
    expect(err()).not.toContain('123456');
  });
});

describe('npm run admin -- hash-pin', () => {
  it('prints only the hash of the piped PIN on standard output', async () => {
    const { cli, out, err } = io('90817263\n');
    expect(await runAdminCli(['hash-pin'], cli)).toBe(0);
    const hash = out().trim();
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPin('90817263', hash)).toBe(true);
    expect(out()).not.toContain('90817263');
    expect(err()).toBe('');
  });

  it('refuses an unknown command with exit code 2 and the usage', async () => {
    const { cli, err } = io('');
    expect(await runAdminCli(['reset-pin'], cli)).toBe(2);
    expect(err()).toContain('There is no command "reset-pin".\nUsage:');
  });
});

describe('npm run admin -- validate-content', () => {
  it('prints OK on standard output with exit code 0 for valid content', async () => {
    const file = join(dir, 'content.json');
    const content = makeContent();
    await writeFile(file, JSON.stringify(content));
    const { cli, out, err } = io('');
    expect(await runAdminCli(['validate-content', file], cli)).toBe(0);
    expect(out()).toBe(
      `OK: ${file} is valid content (schema version ${CURRENT_SCHEMA_VERSION}, ${content.programs.length} program)\n`,
    );
    expect(err()).toBe('');
  });

  it('prints each reason on standard error with exit code 1 for invalid content', async () => {
    const file = join(dir, 'content.json');
    await writeFile(file, JSON.stringify({ ...makeContent(), programs: [] }));
    const { cli, out, err } = io('');
    expect(await runAdminCli(['validate-content', file], cli)).toBe(1);
    expect(err()).toBe(
      `${file} is not valid content:\n  - The file: the programs is empty; it needs at least one entry. Fill it in, or export the content again.\n`,
    );
    expect(out()).toBe('');
  });

  it('gives exit code 2 for a file that is not there', async () => {
    const { cli, err } = io('');
    expect(await runAdminCli(['validate-content', join(dir, 'none.json')], cli)).toBe(2);
    expect(err()).toContain('there is no such file (ENOENT)');
  });
});
