import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeDurableFs } from '../store/durable-fs.ts';
import { durableWriteProblems } from '../test-support/durable-write-check.ts';
import { createScriptedFs } from '../test-support/scripted-fs.ts';
import { hashPin } from './pin-hash.ts';
import {
  NO_SECURITY,
  readSecurityState,
  SecurityFileError,
  securityFilePath,
  writeSecurityState,
} from './security-file.ts';

let dataDir: string;
const file = () => ({ dataDir, fs: nodeDurableFs, platform: process.platform });
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'security-file-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('security.json', () => {
  it('means "no PIN yet" while it does not exist', async () => {
    expect(await readSecurityState(file())).toEqual(NO_SECURITY);
  });

  it('reads back what was written, with a schema version on disk', async () => {
    const pinHash = await hashPin('123456', { N: 1024, r: 8, p: 1 });
    const state = { pinHash, failedAttempts: 2, lockedUntil: 99, lockoutCount: 1 };
    await writeSecurityState(file(), state);
    expect(await readSecurityState(file())).toEqual(state);
    expect(JSON.parse(await readFile(securityFilePath(dataDir), 'utf8'))).toEqual({
      schemaVersion: 1,
      ...state,
    });
  });

  it('is written durably: temp file, fsync, rename, folder fsync', async () => {
    const fs = createScriptedFs();
    await writeSecurityState({ dataDir, fs, platform: 'linux' }, NO_SECURITY);
    expect(durableWriteProblems(fs.calls, securityFilePath(dataDir), 'linux')).toEqual([]);
  });

  it.each([
    ['not JSON', '{"pinHash": '],
    ['the wrong shape', '{"schemaVersion": 1, "pinHash": null}'],
    [
      'a hash this app did not make',
      '{"schemaVersion":1,"pinHash":"123456","failedAttempts":0,"lockedUntil":null,"lockoutCount":0}',
    ],
    [
      'negative counters',
      '{"schemaVersion":1,"pinHash":null,"failedAttempts":-1,"lockedUntil":null,"lockoutCount":0}',
    ],
  ])('is refused when it holds %s', async (_, text) => {
    await writeFile(securityFilePath(dataDir), text);
    await expect(readSecurityState(file())).rejects.toBeInstanceOf(SecurityFileError);
  });

  it('names the file and says what is wrong with it', async () => {
    await writeFile(
      securityFilePath(dataDir),
      '{"schemaVersion":1,"pinHash":"123456","failedAttempts":0,"lockedUntil":null,"lockoutCount":0}',
    );
    await expect(readSecurityState(file())).rejects.toThrow(
      `The security file ${securityFilePath(dataDir)} cannot be used: pinHash: must be a scrypt hash made by "npm run admin -- set-pin".`,
    );
  });
});
