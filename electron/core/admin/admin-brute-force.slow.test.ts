import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiError } from '../../contract/errors.ts';
import { nodeDurableFs } from '../store/durable-fs.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { createAdminServices } from './admin-services.ts';
import type * as pinHash from './pin-hash.ts';
import { verifyPin } from './pin-hash.ts';
import { readSecurityState } from './security-file.ts';
import { setPin } from './set-pin.ts';

// Counted, so the lock is shown to come before the hash on any machine, however fast.
vi.mock('./pin-hash.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof pinHash>();
  return { ...actual, verifyPin: vi.fn(actual.verifyPin) };
});

const MINUTE = 60_000;
const PIN = '482916';
const GUESSES = 10_000;
// Far beyond what the guesses take (a few seconds): a slow machine must not fail them.
const TIMEOUT_MS = 10 * MINUTE;

let dataDir: string;
const clock = Date.UTC(2026, 10, 24, 9, 0);
const log = createRecordingLogger();

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'admin-brute-force-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('lockout', () => {
  it(
    `lets none of ${GUESSES.toLocaleString('en-US')} rapid wrong guesses in, and checks the lock before hashing`,
    async () => {
      // The real hash: each guess that reached it would cost the kiosk its full price.
      await setPin({ dataDir, pin: PIN, log, now: () => clock });
      const admin = createAdminServices({ dataDir, log, now: () => clock });
      const outcomes = await Promise.allSettled(
        Array.from({ length: GUESSES }, (_, i) =>
          admin.sessions.signIn(String(100_000 + (i % 900_000)).padStart(6, '0')),
        ),
      );
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(0);
      const codes = outcomes.map((outcome) =>
        outcome.status === 'rejected' ? (outcome.reason as ApiError).code : 'in',
      );
      expect(codes.filter((code) => code === 'unauthorized')).toHaveLength(4);
      expect(codes.filter((code) => code === 'forbidden')).toHaveLength(GUESSES - 4);
      expect(
        await readSecurityState({ dataDir, fs: nodeDurableFs, platform: process.platform }),
      ).toMatchObject({ lockoutCount: 1, lockedUntil: clock + 5 * MINUTE });
      await expect(admin.sessions.signIn(PIN)).rejects.toMatchObject({ code: 'forbidden' });
      // Five wrong PINs were hashed, the fifth locking the pad; nothing after them was.
      expect(verifyPin).toHaveBeenCalledTimes(5);
    },
    TIMEOUT_MS,
  );
});
