import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_POLICY } from '../../contract/policy-schema.ts';
import { hashPin } from '../admin/pin-hash.ts';
import { POLICY_FILE_ENV } from './policy-path.ts';
import { loadPolicy, readPolicy } from './read-policy.ts';

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-policy-'));
  path = join(dir, 'policy.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const read = async (text: string) => {
  await writeFile(path, text);
  return readPolicy(path, 'linux');
};
const problemOf = async (json: unknown) => (await read(JSON.stringify(json))).problem;

describe('readPolicy', () => {
  it('treats a missing file as no policy, not as an error', () => {
    expect(readPolicy(path, 'linux')).toEqual({ policy: NO_POLICY, path, problem: null });
  });

  it('reads every key of a good file', async () => {
    const adminPinHash = await hashPin('24681357', { N: 1024, r: 8, p: 1 });
    const policy = {
      dataDir: '/var/lib/asb-lobby-kiosk',
      adminPinHash,
      idleTimeoutSeconds: { min: 60, max: 180 },
      languages: ['es', 'en'],
      usageCounts: false,
      autoStart: true,
      kioskMode: false,
      displayAwake: { days: ['mon', 'fri'], from: '07:30', until: '17:30' },
      updateServer: 'https://updates.example.org/kiosk',
    };
    expect(await read(JSON.stringify(policy))).toEqual({ policy, path, problem: null });
  });

  it('reads a file Notepad saved with a byte-order mark', async () => {
    expect((await read('\uFEFF{"usageCounts": true}')).policy).toEqual({ usageCounts: true });
  });

  it('names the file, the key and the rule when a value breaks it, and uses no policy', async () => {
    const loaded = await read(JSON.stringify({ idleTimeoutSeconds: { min: 60, max: 700 } }));
    expect(loaded).toEqual({
      policy: NO_POLICY,
      path,
      problem: 'policy.json: "idleTimeoutSeconds.max": Idle seconds must be at most 600.',
    });
  });

  it('refuses unknown keys, naming them and the keys it takes', async () => {
    expect(await problemOf({ usageCount: false, kioskmode: true })).toBe(
      'policy.json: Unknown key "usageCount", "kioskmode": the policy takes only dataDir, adminPinHash, idleTimeoutSeconds, languages, usageCounts, autoStart, kioskMode, displayAwake, updateServer.',
    );
  });

  it.each([
    [{ usageCounts: 'yes' }, '"usageCounts": usageCounts must be true or false (without quotes).'],
    [{ kioskMode: 0 }, '"kioskMode": kioskMode must be true or false (without quotes).'],
    [
      { idleTimeoutSeconds: 90 },
      '"idleTimeoutSeconds": idleTimeoutSeconds must look like {"min": 60, "max": 180}.',
    ],
    [
      { idleTimeoutSeconds: { min: '60', max: 90 } },
      '"idleTimeoutSeconds.min": Idle seconds must be a number, e.g. 90.',
    ],
    [{ languages: 'en' }, '"languages": languages must be a list, e.g. ["en", "es"].'],
    [{ languages: ['en', 'fr'] }, '"languages.1": A language must be "en" or "es".'],
    [
      { dataDir: 'kiosk-data' },
      '"dataDir": dataDir must be an absolute path, e.g. /var/lib/asb-lobby-kiosk.',
    ],
    [
      { updateServer: 'http://updates.example.org' },
      '"updateServer": updateServer must be an https:// address.',
    ],
    [['usageCounts'], 'The file must hold one JSON object, e.g. {"usageCounts": false}.'],
  ])('%j is refused in words: %s', async (json, words) => {
    expect(await problemOf(json)).toBe(`policy.json: ${words}`);
  });

  it('gives one line per problem', async () => {
    expect(await problemOf({ usageCounts: 1, autoStart: 'no' })).toBe(
      'policy.json: "usageCounts": usageCounts must be true or false (without quotes).\n' +
        'policy.json: "autoStart": autoStart must be true or false (without quotes).',
    );
  });

  it('says where a file is not JSON, without quoting it (it may hold the PIN hash)', async () => {
    const loaded = await read('{\n  "usageCounts": false,\n}\n');
    expect(loaded.policy).toEqual(NO_POLICY);
    expect(loaded.problem).toMatch(
      /^policy\.json: The file is not valid JSON \(line 3, column 1\)\. Check for a missing comma/,
    );
    const secret = await read('{"adminPinHash": scrypt$1024$8$1$c2VjcmV0$c2VjcmV0}');
    expect(secret.problem).toMatch(/^policy\.json: The file is not valid JSON/);
    expect(secret.problem).not.toContain('scrypt');
  });

  it('refuses a hash of the right shape that hash-pin could not have made', async () => {
    // N must be a power of two: the core could never verify a PIN against this.
    const hash = 'scrypt$1000$8$1$c2FsdHNhbHRzYWx0c2FsdA==$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5';
    expect(await problemOf({ adminPinHash: hash })).toBe(
      'policy.json: "adminPinHash": This hash cannot be read. Run `npm run admin -- hash-pin` again and paste the whole line it prints.',
    );
  });

  it('says when the file is there but cannot be read', () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const loaded = readPolicy('/etc/asb-lobby-kiosk/policy.json', 'linux', () => {
      throw denied;
    });
    expect(loaded).toEqual({
      policy: NO_POLICY,
      path: '/etc/asb-lobby-kiosk/policy.json',
      problem:
        "policy.json: The file cannot be read: permission denied (EACCES). Let the kiosk's account read it.",
    });
  });

  it('names a Windows file by its own name', () => {
    const loaded = readPolicy('C:\\ProgramData\\ASB Lobby Kiosk\\policy.json', 'win32', () => '[]');
    expect(loaded.problem).toMatch(/^policy\.json: The file must hold one JSON object/);
  });
});

describe('loadPolicy', () => {
  it('reads the file KIOSK_POLICY_FILE names when not packaged', async () => {
    await writeFile(path, '{"languages": ["es"]}');
    const env = { [POLICY_FILE_ENV]: path };
    expect(loadPolicy({ platform: 'linux', env, isPackaged: false })).toEqual({
      policy: { languages: ['es'] },
      path,
      problem: null,
    });
  });

  it('reads the documented path when packaged, whatever KIOSK_POLICY_FILE says', () => {
    const asked: string[] = [];
    const loaded = loadPolicy({
      platform: 'darwin',
      env: { [POLICY_FILE_ENV]: path },
      isPackaged: true,
      readText: (file) => {
        asked.push(file);
        return '{"kioskMode": false}';
      },
    });
    expect(asked).toEqual(['/Library/Application Support/ASB Lobby Kiosk/policy.json']);
    expect(loaded.policy).toEqual({ kioskMode: false });
  });
});
