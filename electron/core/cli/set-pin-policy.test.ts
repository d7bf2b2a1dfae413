import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from '../admin/pin-hash.ts';
import { securityFilePath } from '../admin/security-file.ts';
import { POLICY_FILE_ENV } from '../policy/policy-path.ts';
import type { CliIo } from './cli-io.ts';
import { runAdminCli } from './run-admin-cli.ts';

let dir: string;
let policyFile: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'set-pin-policy-'));
  policyFile = join(dir, 'policy.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(args: string[], pin = '445566\n') {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdin.end(pin);
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const io: CliIo = {
    stdin,
    stdout,
    stderr,
    env: { [POLICY_FILE_ENV]: policyFile },
    platform: 'linux',
    homedir: join(dir, 'home'),
    now: () => Date.UTC(2026, 10, 24, 8, 0),
  };
  return runAdminCli(args, io).then((code) => ({ code, out, err }));
}

describe('npm run admin -- set-pin under IT’s policy', () => {
  it('refuses while the policy sets the PIN, naming the file, and leaves security.json alone', async () => {
    const dataDir = join(dir, 'data');
    expect((await run(['set-pin', '--data-dir', dataDir], '112233\n')).code).toBe(0);
    const before = await readFile(securityFilePath(dataDir), 'utf8');
    await writeFile(
      policyFile,
      JSON.stringify({ adminPinHash: await hashPin('99887766', { N: 2 ** 14, r: 8, p: 1 }) }),
    );

    const { code, out, err } = await run(['set-pin', '--data-dir', dataDir]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(
      `The admin PIN is set by IT's policy file at ${policyFile}, so set-pin changed nothing. To change the PIN, replace adminPinHash there with the line "npm run admin -- hash-pin" prints.\n`,
    );
    expect(await readFile(securityFilePath(dataDir), 'utf8')).toBe(before);
  });

  it('refuses while the policy file cannot be used, with its problem, writing nothing', async () => {
    await writeFile(policyFile, '{"adminPinHash": 42}');
    const dataDir = join(dir, 'data');
    const { code, err } = await run(['set-pin', '--data-dir', dataDir]);
    expect(code).toBe(1);
    expect(err).toBe(
      `IT's policy file at ${policyFile} has problems, so set-pin changed nothing (the file may be meant to set the PIN). Fix it first:\n` +
        'policy.json: "adminPinHash": adminPinHash must be the line printed by hash-pin, in quotes. Admin stays closed until this is fixed.\n',
    );
    expect(await readdir(dir)).toEqual(['policy.json']);
  });

  it('sets the PIN in the policy’s data folder when the policy names one', async () => {
    const dataDir = join(dir, 'machine-data');
    await writeFile(policyFile, JSON.stringify({ dataDir, usageCounts: false }));
    const { code, out } = await run(['set-pin']);
    expect(code).toBe(0);
    expect(out).toContain(`for the kiosk data in ${dataDir}.`);
    const { pinHash } = JSON.parse(await readFile(securityFilePath(dataDir), 'utf8'));
    expect(await verifyPin('445566', pinHash)).toBe(true);
  });

  it('lets --data-dir win over the policy’s folder, for IT’s own testing', async () => {
    const flagDir = join(dir, 'flag-data');
    await writeFile(policyFile, JSON.stringify({ dataDir: join(dir, 'machine-data') }));
    expect((await run(['set-pin', '--data-dir', flagDir])).code).toBe(0);
    await expect(readFile(securityFilePath(flagDir), 'utf8')).resolves.toContain('scrypt$');
    expect(await readdir(dir)).not.toContain('machine-data');
  });
});
