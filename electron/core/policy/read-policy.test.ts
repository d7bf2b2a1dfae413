import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
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
/** The shape the policy takes (keygen prints such a line); only its form is checked here. */
const KEY = `MCowBQYDK2VwAyEA${'A'.repeat(43)}=`;

describe('readPolicy', () => {
  it('treats a missing file as no policy, not as an error', () => {
    expect(readPolicy(path, 'linux')).toEqual({ policy: NO_POLICY, path, problem: null });
  });

  it('reads every key of a good file', async () => {
    const adminPinHash = await hashPin('24681357', { N: 2 ** 14, r: 8, p: 1 });
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
      updatePublisherSubject:
        'CN=California Commission on Peace Officer Standards and Training, O=California Commission on Peace Officer Standards and Training, L=Sacramento, S=California, C=US',
      supervised: true,
      allowDataDirSwitch: false,
    };
    expect(await read(JSON.stringify(policy))).toEqual({ policy, path, problem: null });
  });

  it('reads a file Notepad saved with a byte-order mark', async () => {
    expect((await read('\uFEFF{"usageCounts": true}')).policy).toEqual({ usageCounts: true });
  });

  it('names the file, the key and the rule when a value breaks it, and leaves it out', async () => {
    const loaded = await read(JSON.stringify({ idleTimeoutSeconds: { min: 60, max: 700 } }));
    expect(loaded).toEqual({
      policy: NO_POLICY,
      path,
      problem: 'policy.json: "idleTimeoutSeconds.max": Idle seconds must be at most 600.',
    });
  });

  it('refuses unknown keys, naming them and the keys it takes', async () => {
    expect(await problemOf({ usageCount: false, kioskmode: true })).toBe(
      'policy.json: Unknown key "usageCount", "kioskmode": the policy takes only dataDir, adminPinHash, idleTimeoutSeconds, languages, usageCounts, autoStart, kioskMode, displayAwake, updateServer, updatePublisherSubject, supervised, allowDataDirSwitch, transferFolder, contentSource, kioskName, statusFolder, role, publisher.',
    );
  });

  it.each([
    [
      { usageCounts: 'yes' },
      '"usageCounts": usageCounts must be true or false (without quotes). Usage counting stays off until this is fixed.',
    ],
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
      '"dataDir": dataDir must be an absolute path, e.g. /var/lib/asb-lobby-kiosk. The kiosk uses its default data folder until this is fixed.',
    ],
    [
      { updateServer: 'http://updates.example.org' },
      '"updateServer": updateServer must be an https:// address.',
    ],
    [
      { updatePublisherSubject: 'California Commission on Peace Officer Standards and Training' },
      '"updatePublisherSubject": updatePublisherSubject must be the signing certificate\'s whole subject, e.g. "CN=California Commission on Peace Officer Standards and Training, O=California Commission on Peace Officer Standards and Training, L=Sacramento, S=California, C=US". Windows updates stay off until this is fixed.',
    ],
    [{ supervised: 'yes' }, '"supervised": supervised must be true or false (without quotes).'],
    [
      { allowDataDirSwitch: 1 },
      '"allowDataDirSwitch": allowDataDirSwitch must be true or false (without quotes). An installed kiosk ignores --data-dir until this is fixed.',
    ],
    [
      { contentSource: { location: '/srv/bundle', publicKeys: [KEY], checkEverySeconds: 0 } },
      '"contentSource.checkEverySeconds": contentSource.checkEverySeconds must be at least 1. Central content stays off and content cannot be edited on this kiosk until this is fixed.',
    ],
    [
      ['usageCounts'],
      'The file must hold one JSON object, e.g. {"usageCounts": false}. Admin stays closed and usage counting stays off until it is fixed.',
    ],
  ])('%j is refused in words: %s', async (json, words) => {
    expect(await problemOf(json)).toBe(`policy.json: ${words}`);
  });

  it('applies a contentSource that is right, and marks one that is not', async () => {
    const source = { location: 'https://intranet.example/kiosk-bundle/', publicKeys: [KEY] };
    const good = await read(JSON.stringify({ contentSource: source }));
    expect(good.policy.contentSource).toEqual(source);
    expect(good.contentSourceBroken).toBeUndefined();

    const broken = await read(JSON.stringify({ contentSource: { ...source, publicKeys: [] } }));
    expect(broken.policy.contentSource).toBeUndefined();
    expect(broken.contentSourceBroken).toBe(true);
    expect(broken.adminClosed).toBeUndefined();
  });

  it('applies kioskName and statusFolder together, for the fleet status file', async () => {
    const fleet = { kioskName: 'Lobby 2', statusFolder: '\\\\fileserver\\kiosk-status' };
    expect(await read(JSON.stringify(fleet))).toEqual({ policy: fleet, path, problem: null });
    expect((await read(JSON.stringify({ kioskName: 'Lobby 2' }))).policy).toEqual({
      kioskName: 'Lobby 2',
    });
  });

  it('leaves out a statusFolder without kioskName, saying so in words', async () => {
    const loaded = await read(JSON.stringify({ statusFolder: '/srv/kiosk-status' }));
    expect(loaded.policy).toEqual(NO_POLICY);
    expect(loaded.problem).toBe(
      'policy.json: "statusFolder": statusFolder needs kioskName, the name this kiosk\'s status file is given there, e.g. "kioskName": "Lobby 2". The kiosk writes no fleet status until this is fixed.',
    );
  });

  it("keeps the publishing PC's statusFolder without kioskName: it reads the kiosks' folder", async () => {
    const publisher = {
      role: 'publisher',
      publisher: { bundleFolder: '/srv/kiosk-bundle', keyFile: '/srv/keys/signing.key.pem' },
      statusFolder: '/srv/kiosk-status',
    };
    const loaded = await read(JSON.stringify(publisher));
    expect(loaded.problem).toBeNull();
    expect(loaded.policy).toMatchObject({ role: 'publisher', statusFolder: '/srv/kiosk-status' });
    // A kiosk-role policy still needs the name, and says so.
    const kiosk = await read(JSON.stringify({ ...publisher, role: 'kiosk', publisher: undefined }));
    expect(kiosk.policy.statusFolder).toBeUndefined();
  });

  it('leaves out a statusFolder whose kioskName is refused, reporting the name once', async () => {
    const loaded = await read(JSON.stringify({ kioskName: '../x', statusFolder: '/srv/s' }));
    expect(loaded.policy).toEqual(NO_POLICY);
    expect(loaded.problem).toBe(
      'policy.json: "kioskName": kioskName may hold only letters, digits, spaces and - _ . and must start and end with a letter or digit, e.g. "Lobby 2". The kiosk writes no fleet status until this is fixed.',
    );
  });

  it('keeps kioskName when statusFolder is refused', async () => {
    const loaded = await read(JSON.stringify({ kioskName: 'Lobby 2', statusFolder: 'status' }));
    expect(loaded.policy).toEqual({ kioskName: 'Lobby 2' });
    expect(loaded.problem).toBe(
      'policy.json: "statusFolder": statusFolder must be an absolute path, e.g. \\\\fileserver\\kiosk-status or /srv/asb-lobby-kiosk/status. The kiosk writes no fleet status until this is fixed.',
    );
  });

  it('gives one line per problem', async () => {
    expect(await problemOf({ usageCounts: 1, autoStart: 'no' })).toBe(
      'policy.json: "usageCounts": usageCounts must be true or false (without quotes). Usage counting stays off until this is fixed.\n' +
        'policy.json: "autoStart": autoStart must be true or false (without quotes).',
    );
  });

  it('says where a file is not JSON, without quoting it (it may hold the PIN hash)', async () => {
    const loaded = await read('{\n  "usageCounts": false,\n}\n');
    expect(loaded.policy).toEqual({ usageCounts: false });
    expect(loaded.problem).toMatch(
      /^policy\.json: The file is not valid JSON \(line 3, column 1\)\. Check for a missing comma/,
    );
    const secret = await read('{"adminPinHash": scrypt$1024$8$1$c2VjcmV0$c2VjcmV0}');
    expect(secret.problem).toMatch(/^policy\.json: The file is not valid JSON/);
    expect(secret.problem).not.toContain('scrypt');
  });

  it('refuses a hash of the right shape that hash-pin could not have made', async () => {
    // N must be a power of two: the core could never verify a PIN against this.
    const hash = 'scrypt$20000$8$1$c2FsdHNhbHRzYWx0c2FsdA==$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5';
    expect(await problemOf({ adminPinHash: hash })).toBe(
      'policy.json: "adminPinHash": This hash cannot be read. Run `npm run admin -- hash-pin` again and paste the whole line it prints. Admin stays closed until this is fixed.',
    );
  });

  it('says when the file is there but cannot be read', () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const loaded = readPolicy('/etc/asb-lobby-kiosk/policy.json', 'linux', () => {
      throw denied;
    });
    expect(loaded).toEqual({
      policy: { usageCounts: false },
      path: '/etc/asb-lobby-kiosk/policy.json',
      problem:
        "policy.json: The file cannot be read: permission denied (EACCES). Let the kiosk's account read it. Admin stays closed and usage counting stays off until it is fixed.",
      adminClosed:
        "Admin is closed because IT's policy file cannot be used, and it may set the PIN. IT needs to fix policy.json.",
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

describe('readPolicy, key by key', () => {
  const strongHash = () => hashPin('24681357', { N: 2 ** 14, r: 8, p: 1 });

  it('applies the keys that are right when another one is wrong, and names the wrong one', async () => {
    const adminPinHash = await strongHash();
    const loaded = await read(
      JSON.stringify({
        adminPinHash,
        usageCounts: false,
        languages: ['es'],
        idleTimeoutSeconds: { min: 60, max: 700 },
        kioskmode: false,
      }),
    );
    expect(loaded).toEqual({
      policy: { adminPinHash, usageCounts: false, languages: ['es'] },
      path,
      problem:
        'policy.json: "idleTimeoutSeconds.max": Idle seconds must be at most 600.\n' +
        'policy.json: Unknown key "kioskmode": the policy takes only dataDir, adminPinHash, idleTimeoutSeconds, languages, usageCounts, autoStart, kioskMode, displayAwake, updateServer, updatePublisherSubject, supervised, allowDataDirSwitch, transferFolder, contentSource, kioskName, statusFolder, role, publisher.',
    });
  });

  it('keeps admin closed when the PIN hash cannot be used, rather than fall back to another PIN', async () => {
    const loaded = await read(JSON.stringify({ adminPinHash: 'scrypt$16384$8$1$abc$def' }));
    expect(loaded.policy).toEqual({});
    expect(loaded.adminClosed).toBe(
      "Admin is closed because the PIN hash in IT's policy file cannot be used. IT needs to fix adminPinHash in policy.json.",
    );
    expect(loaded.problem).toBe(
      'policy.json: "adminPinHash": This hash cannot be read. Run `npm run admin -- hash-pin` again and paste the whole line it prints. Admin stays closed until this is fixed.',
    );
  });

  it('keeps usage counting off when usageCounts cannot be used', async () => {
    const loaded = await read(JSON.stringify({ usageCounts: 'no', languages: ['en'] }));
    expect(loaded.policy).toEqual({ usageCounts: false, languages: ['en'] });
    expect(loaded.problem).toBe(
      'policy.json: "usageCounts": usageCounts must be true or false (without quotes). Usage counting stays off until this is fixed.',
    );
  });

  it('says the default data folder is used when dataDir cannot be', async () => {
    const loaded = await read(JSON.stringify({ dataDir: 'data', languages: ['en'] }));
    expect(loaded.policy).toEqual({ languages: ['en'] });
    expect(loaded.problem).toBe(
      'policy.json: "dataDir": dataDir must be an absolute path, e.g. /var/lib/asb-lobby-kiosk. The kiosk uses its default data folder until this is fixed.',
    );
  });

  it.each([
    ['not JSON', '{"usageCounts": false,'],
    ['not an object', '["usageCounts"]'],
  ])('closes admin and stops counting when the file is %s: it may set either', async (_, text) => {
    const loaded = await read(text);
    expect(loaded.policy).toEqual({ usageCounts: false });
    expect(loaded.adminClosed).toBe(
      "Admin is closed because IT's policy file cannot be used, and it may set the PIN. IT needs to fix policy.json.",
    );
    expect(loaded.problem).toMatch(
      /Admin stays closed and usage counting stays off until it is fixed\.$/,
    );
  });

  it('closes admin and stops counting when the file cannot be read', () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const loaded = readPolicy(path, 'linux', () => {
      throw denied;
    });
    expect(loaded.policy).toEqual({ usageCounts: false });
    expect(loaded.adminClosed).toBeDefined();
  });

  it.each([
    ['N = 2', { N: 2, r: 8, p: 1 }],
    ['N = 2^13', { N: 2 ** 13, r: 8, p: 1 }],
    ['r = 4', { N: 2 ** 15, r: 4, p: 1 }],
  ])('refuses a hash made too cheaply to guard the PIN (%s)', async (_, params) => {
    const loaded = await problemOf({ adminPinHash: await hashPin('24681357', params) });
    expect(loaded).toBe(
      'policy.json: "adminPinHash": This hash was made too cheaply to guard the PIN (scrypt needs N of at least 16384 and r of at least 8). Run `npm run admin -- hash-pin` again and paste the whole line it prints. Admin stays closed until this is fixed.',
    );
  });

  it('accepts the cheapest hash it allows', async () => {
    const adminPinHash = await strongHash();
    expect(await read(JSON.stringify({ adminPinHash }))).toMatchObject({
      policy: { adminPinHash },
      problem: null,
    });
  });

  it.skipIf(process.platform === 'win32')(
    'reports a file that accounts other than IT’s may change, and still applies it',
    async () => {
      await writeFile(path, '{"languages": ["es"]}');
      await chmod(path, 0o666);
      expect(readPolicy(path, 'linux')).toEqual({
        policy: { languages: ['es'] },
        path,
        problem:
          'policy.json: Accounts other than its owner may change this file (it is writable by its group or by everyone). Let only administrators write it, e.g. chmod go-w policy.json.',
      });
      await chmod(path, 0o644);
      expect(readPolicy(path, 'linux').problem).toBeNull();
    },
  );
});
