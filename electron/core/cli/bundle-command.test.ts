import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContent } from '../test-support/make-content.ts';
import type { CliIo } from './cli-io.ts';
import { runAdminCli } from './run-admin-cli.ts';

const PASSPHRASE = 'lobby keys for 2026';
const NOW = Date.UTC(2026, 11, 6, 17, 0);
const PACKAGE_VERSION = (
  JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bundle-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function collect(stream: PassThrough): () => string {
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return () => text;
}

async function admin(args: string[], input = `${PASSPHRASE}\n`, now = NOW) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdin.end(input);
  const io: CliIo = {
    stdin,
    stdout,
    stderr,
    env: {},
    platform: 'linux',
    homedir: join(dir, 'home'),
    now: () => now,
  };
  const out = collect(stdout);
  const err = collect(stderr);
  const code = await runAdminCli(args, io);
  return { code, out: out(), err: err() };
}

async function keygen() {
  const made = await admin(['bundle', 'keygen', '--out', join(dir, 'keys')]);
  expect(made.code).toBe(0);
  const keyId = /^Made key ([0-9a-f]{16})\.$/m.exec(made.out)?.[1] ?? '';
  return {
    keyId,
    out: made.out,
    key: join(dir, 'keys', `${keyId}.key.pem`),
    pub: join(dir, 'keys', `${keyId}.pub.pem`),
  };
}

async function contentFile(label = 'Lobby'): Promise<string> {
  const file = join(dir, `${label}.json`);
  await writeFile(file, JSON.stringify(makeContent(label)));
  return file;
}

describe('npm run admin -- bundle', () => {
  it('keygen writes both keys, the private one for its owner only, and prints the policy line', async () => {
    const { keyId, out, key, pub } = await keygen();
    const lines = out.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      `Made key ${keyId}.`,
      `Private key (encrypted with the passphrase; keep it and a backup off the kiosks): ${key}`,
      `Public key: ${pub}`,
      "For the kiosks' policy file, contentSource.publicKeys:",
    ]);
    expect(lines.slice(4)).toEqual([
      expect.stringMatching(/^MCowBQYDK2VwAyEA[A-Za-z0-9+/]{43}=$/),
      '',
    ]);
    expect((await stat(key)).mode & 0o777).toBe(0o600);
    expect(await readFile(key, 'utf8')).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
    expect(await readFile(pub, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/);
  });

  it('keygen refuses a passphrase under 12 characters, making nothing', async () => {
    const short = await admin(['bundle', 'keygen', '--out', join(dir, 'keys')], 'short pass\n');
    expect(short).toEqual({
      code: 1,
      out: '',
      err: 'The passphrase must be at least 12 characters. No key was made.\n',
    });
    await expect(readdir(join(dir, 'keys'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('sign, verify, resign, verify: OK each time, and the app version from package.json', async () => {
    const { keyId, key, pub } = await keygen();
    const bundle = join(dir, 'bundle');
    const signed = await admin([
      'bundle',
      'sign',
      '--content',
      await contentFile(),
      '--key',
      key,
      '--out',
      bundle,
    ]);
    expect(signed.err).toBe('');
    expect(signed).toMatchObject({ code: 0 });
    expect(signed.out).toBe(
      `Signed ${join(dir, 'Lobby.json')} as content version 1 in ${bundle} with key ${keyId}; it expires at 2027-01-05T17:00:00.000Z and needs app ${PACKAGE_VERSION} or later.\n`,
    );
    const verified = await admin(['bundle', 'verify', '--bundle', bundle, '--public-key', pub], '');
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(
      new RegExp(
        `^OK: ${bundle} holds content version 1 \\([0-9a-f]{64}\\.json, \\d+ bytes, schema version \\d+, for app ${PACKAGE_VERSION} or later\\), signed with key ${keyId} at 2026-12-06T17:00:00.000Z, expiring at 2027-01-05T17:00:00.000Z.\n$`,
      ),
    );
    const later = NOW + 40 * 86_400_000;
    const expired = await admin(
      ['bundle', 'verify', '--bundle', bundle, '--public-key', pub],
      '',
      later,
    );
    expect(expired).toEqual({
      code: 1,
      out: '',
      err: 'Refused: The bundle expired at 2027-01-05T17:00:00.000Z; kiosks refuse it a day after. Re-sign it with "bundle resign".\n',
    });
    const resigned = await admin(
      ['bundle', 'resign', '--key', key, '--out', bundle, '--expires-days', '10'],
      `${PASSPHRASE}\n`,
      later,
    );
    expect(resigned.out).toBe(
      `Re-signed content version 1 in ${bundle} with key ${keyId}; it now expires at 2027-01-25T17:00:00.000Z.\n`,
    );
    expect(
      (await admin(['bundle', 'verify', '--bundle', bundle, '--public-key', pub], '', later)).code,
    ).toBe(0);
  });

  it('verify says exactly why not: changed content, another key, no bundle', async () => {
    const { key, pub } = await keygen();
    const bundle = join(dir, 'bundle');
    await admin([
      'bundle',
      'sign',
      '--content',
      await contentFile(),
      '--key',
      key,
      '--out',
      bundle,
      '--min-app-version',
      '0.0.9',
    ]);
    const manifest = JSON.parse(await readFile(join(bundle, 'manifest.json'), 'utf8')) as {
      content: { file: string };
    };
    const file = join(bundle, manifest.content.file);
    await writeFile(file, (await readFile(file, 'utf8')).replace('Lobby', 'L0bby'));
    const changed = await admin(['bundle', 'verify', '--bundle', bundle, '--public-key', pub], '');
    expect(changed).toEqual({
      code: 1,
      out: '',
      err: `Refused: The content file ${manifest.content.file} does not have the SHA-256 the manifest names: it was changed or damaged.\n`,
    });
    const other = await admin(
      ['bundle', 'keygen', '--out', join(dir, 'other')],
      'another passphrase\n',
    );
    const otherPub = join(
      dir,
      'other',
      (await readdir(join(dir, 'other'))).find((n) => n.endsWith('.pub.pem')) ?? '',
    );
    expect(other.code).toBe(0);
    const wrongKey = await admin(
      ['bundle', 'verify', '--bundle', bundle, '--public-key', otherPub],
      '',
    );
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.err).toMatch(
      /^Refused: The signature in manifest.sig does not match manifest.json for the pinned key [0-9a-f]{16}/,
    );
    const none = await admin(
      ['bundle', 'verify', '--bundle', join(dir, 'none'), '--public-key', pub],
      '',
    );
    expect(none).toEqual({
      code: 1,
      out: '',
      err: `Refused: Could not read ${join(dir, 'none', 'manifest.json')}: the folder does not exist (ENOENT).\n`,
    });
  });

  it('sign refuses bad content and a wrong passphrase with exit 1, writing nothing', async () => {
    const { key } = await keygen();
    const bundle = join(dir, 'bundle');
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"schemaVersion": 5, "programs": "none"}');
    const refused = await admin([
      'bundle',
      'sign',
      '--content',
      bad,
      '--key',
      key,
      '--out',
      bundle,
    ]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      new RegExp(`^${bad} is not valid content, so nothing was signed or written:\n {2}- `),
    );
    const wrong = await admin(
      ['bundle', 'sign', '--content', await contentFile(), '--key', key, '--out', bundle],
      'not the passphrase\n',
    );
    expect(wrong).toEqual({
      code: 1,
      out: '',
      err: `The passphrase does not open the private key in ${key}, or the file is not a private key made by "bundle keygen". Nothing was written.\n`,
    });
    await expect(readdir(bundle)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a usage mistake is exit 2 with the usage, and the passphrase is never read from argv', async () => {
    const missing = await admin(['bundle', 'sign', '--content', 'c.json'], '');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^bundle sign needs --key/);
    const argv = await admin(
      ['bundle', 'keygen', '--out', dir, '--passphrase', 'in the open 123'],
      '',
    );
    expect(argv.code).toBe(2);
    expect(argv.err).not.toContain('in the open');
    const help = await admin(['nothing'], '');
    expect(help.err).toContain(
      'npm run admin -- bundle verify --bundle <folder> --public-key <file>',
    );
  });
});
