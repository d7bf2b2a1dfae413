import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEARTBEAT_FILE, trackErrors, type Heartbeat, type KioskCore } from '../core/index.ts';
import { createRecordingLogger } from '../core/test-support/recording-logger.ts';
import { browserHeartbeat } from './browser-heartbeat.ts';

/** Just what the heartbeat asks of a core: the revision and the admin status. */
const core = {
  invoke: async (name: string) =>
    name === 'adminStatus' ? { problems: [], central: null } : { revision: 4, content: {} },
  subscribe: () => () => undefined,
} as unknown as KioskCore;

let dir: string;
let heartbeat: Heartbeat | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'browser-heartbeat-'));
  await mkdir(join(dir, 'status'));
});
afterEach(async () => {
  await heartbeat?.stop();
  heartbeat = undefined;
  await rm(dir, { recursive: true, force: true });
});

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as unknown;

describe('browserHeartbeat', () => {
  it('writes the heartbeat and, with both policy keys, the fleet status as the browser shell', async () => {
    const log = trackErrors(createRecordingLogger());
    const policy = { kioskName: 'Lobby 3', statusFolder: join(dir, 'status') };
    heartbeat = (await browserHeartbeat(dir, log, policy))(core);
    await vi.waitFor(async () =>
      expect(await readJson(join(dir, 'status', 'Lobby 3.json'))).toMatchObject({
        kioskName: 'Lobby 3',
        shell: 'browser',
        contentRevision: 4,
        central: null,
      }),
    );
    expect(await readJson(join(dir, HEARTBEAT_FILE))).toMatchObject({ shell: 'browser' });
  });

  it('writes no fleet status without a policy that names it', async () => {
    const log = trackErrors(createRecordingLogger());
    heartbeat = (await browserHeartbeat(dir, log))(core);
    await vi.waitFor(async () => expect(await readdir(dir)).toContain(HEARTBEAT_FILE));
    // The beat under way has written all it will write once stop() resolves.
    await heartbeat.stop();
    expect(await readdir(join(dir, 'status'))).toEqual([]);
  });
});
