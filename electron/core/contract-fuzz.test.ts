import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationName } from '../contract/api.ts';
import { operationNames } from '../contract/wire.ts';
import { ApiError } from '../contract/errors.ts';
import { setPin } from './admin/set-pin.ts';
import type { KioskCore } from './kiosk-core-types.ts';
import { openKioskCore } from './open-kiosk-core.ts';
import { makeContent } from './test-support/make-content.ts';
import { propertyRuns } from './test-support/property-runs.ts';
import { createRecordingLogger } from './test-support/recording-logger.ts';

const PIN = '24681357';
let dir: string;
let dataDir: string;
let core: KioskCore;
let token: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'contract-fuzz-'));
  dataDir = join(dir, 'data');
  await writeFile(join(dir, 'default.json'), JSON.stringify(makeContent('Default')));
  const log = createRecordingLogger();
  await setPin({ dataDir, pin: PIN, log, now: Date.now, platform: process.platform });
  core = await openKioskCore({ dataDir, defaultContentPath: join(dir, 'default.json'), log });
  ({ token } = await core.invoke('adminSignIn', { pin: PIN }));
});
afterAll(async () => {
  await core.close();
  await rm(dir, { recursive: true, force: true });
});

/** What visitors see and what staff have in hand: none of it may change on a bad request. */
async function contentFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of ['content.json', 'content.last-good.json', 'draft.json']) {
    files[name] = await readFile(join(dataDir, name), 'utf8').catch(() => '(none)');
  }
  for (const name of await readdir(join(dataDir, 'revisions'))) {
    files[`revisions/${name}`] = await readFile(join(dataDir, 'revisions', name), 'utf8');
  }
  return files;
}

/** Payloads that are wrong in shape: anything at all, or the operation's fields with junk. */
const junk = (withToken: () => string) =>
  fc.oneof(
    fc.anything(),
    fc.dictionary(fc.string(), fc.anything()),
    fc.record({
      token: fc.oneof(
        fc.constant('').map(() => withToken()),
        fc.string(),
      ),
      content: fc.anything(),
      text: fc.oneof(fc.string(), fc.integer()),
      initials: fc.anything(),
      number: fc.anything(),
      extra: fc.anything(),
    }),
  );

// Sign-in changes the PIN counters and the audit log by design; it is fuzzed for its answer.
const ALL: readonly OperationName[] = operationNames;

describe('every operation of the contract, on random and malformed input', () => {
  it.each(ALL)(
    '%s refuses bad input in plain words and leaves the content as it was',
    async (name) => {
      const before = await contentFiles();
      await fc.assert(
        fc.asyncProperty(
          junk(() => token),
          async (payload) => {
            try {
              await core.invoke(name, payload);
            } catch (error) {
              expect(error).toBeInstanceOf(ApiError);
              expect((error as ApiError).message.length).toBeGreaterThan(10);
              expect((error as ApiError).message).not.toMatch(/undefined|\[object Object\]/);
            }
          },
        ),
        { numRuns: propertyRuns(60) },
      );
      expect(await contentFiles()).toEqual(before);
    },
    // Far beyond what one operation's runs take: a slow machine must not fail them.
    60_000,
  );
});
